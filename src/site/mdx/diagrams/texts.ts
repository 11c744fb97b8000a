/**
 * What each lesson diagram says in words: its short name, the caption under it, and the full
 * description a learner can open ("Describe this diagram"). The words teach the same as the picture,
 * so a screen-reader user, or anyone who reads faster than they decode shapes, misses nothing.
 * Role names come from the site's settings, as everywhere else in a lesson.
 */

/** The diagrams a lesson can show with `<Diagram id="…" />`; the build refuses any other id. */
export const DIAGRAM_IDS = [
  'accountability-chain',
  'tolerance-bands',
  'escalation-route',
  'three-lines',
  'portfolio-view',
] as const;

export type DiagramId = (typeof DIAGRAM_IDS)[number];

export function isDiagramId(id: string): id is DiagramId {
  return (DIAGRAM_IDS as readonly string[]).includes(id);
}

/** The roles a diagram names, by their ids in content/roles/. */
export type DiagramRole = 'sponsor' | 'delivery-lead' | 'pmo';

/** A role's name as this site says it: `capital` at the start of a sentence or label. */
export type RoleName = (role: DiagramRole, capital?: boolean) => string;

export interface DiagramText {
  /** The short name: the picture's accessible name. */
  title: string;
  /** One sentence under the picture: what it shows. */
  caption: string;
  /** The picture in words, one point per item, in the order the eye follows it. */
  description: string[];
  /** The drawing's size in its own units; it scales to the width it is given. */
  size: { width: number; height: number };
}

/** The six projects of the portfolio view, as in the lesson's worked example (illustrative). */
export const PORTFOLIO = [
  { name: 'Patient booking app', short: 'Booking app', status: 'Green', due: 8, met: 4 },
  { name: 'Pathology results link', short: 'Pathology link', status: 'Green', due: 6, met: 6 },
  { name: 'Staff rostering', short: 'Rostering', status: 'Amber', due: 7, met: 5 },
  { name: 'Ambulance dispatch upgrade', short: 'Dispatch', status: 'Green', due: 10, met: 5 },
  { name: 'Clinic wi-fi refresh', short: 'Clinic wi-fi', status: 'Green', due: 4, met: 4 },
  { name: 'Records digitisation', short: 'Records', status: 'Green', due: 9, met: 4 },
] as const;

/** Green while meeting little more than half its milestones: the status and the evidence disagree. */
export function disagrees(project: (typeof PORTFOLIO)[number]): boolean {
  return project.status === 'Green' && project.met / project.due <= 0.6;
}

export function diagramText(id: DiagramId, role: RoleName): DiagramText {
  switch (id) {
    case 'accountability-chain':
      return {
        title: 'The accountability chain',
        caption: `One line of authority runs from the ${role('sponsor')} to the team; the board and the ${role('pmo')} sit beside it.`,
        description: [
          `The ${role('sponsor')} answers for the project and its benefits, and chairs the project board, which directs the project.`,
          `The ${role('sponsor')} and the board lend the ${role('delivery-lead')} authority within tolerances. The ${role('delivery-lead')} runs the project day to day.`,
          `The ${role('delivery-lead')} hands work to the team, who deliver it.`,
          `The ${role('pmo')} sits beside the chain, not in it: it supports and challenges the ${role('delivery-lead')}, and answers for none of the outcomes.`,
        ],
        size: { width: 480, height: 400 },
      };
    case 'tolerance-bands':
      return {
        title: 'Tolerance bands and what happens at their edge',
        caption: `Inside the band the ${role('delivery-lead')} decides; a forecast beyond it becomes an exception for the board.`,
        description: [
          `A stage budget of £800,000 with a tolerance of plus or minus 10 per cent: anywhere between £720,000 and £880,000, the ${role('delivery-lead')} decides.`,
          `A forecast below £720,000 or above £880,000 is beyond tolerance: the decision is no longer the ${role('delivery-lead')}'s.`,
          `Step 1: the ${role('delivery-lead')} spots the forecast breach early.`,
          'Step 2: they send the board an exception report with options.',
          'Step 3: the board decides.',
          'The trigger is the forecast, not the breach itself.',
        ],
        size: { width: 480, height: 304 },
      };
    case 'escalation-route':
      return {
        title: 'The escalation route',
        caption:
          'Each level works inside limits set by the level above, and takes a forecast breach of those limits up one level.',
        description: [
          `At the bottom, the ${role('delivery-lead')} works within the stage tolerances.`,
          `When a stage tolerance is forecast to break, the ${role('delivery-lead')} escalates to the project board with an exception report.`,
          `The project board, chaired by the ${role('sponsor')}, sets the stage tolerances and works within the project tolerances.`,
          `When a project tolerance is forecast to break, the business case no longer holds, or the fix needs authority the board lacks, the ${role('sponsor')} escalates to corporate or programme management.`,
          'Corporate or programme management sets the project tolerances.',
          'At every level: go early, in writing, with options, a recommendation and the date a decision is needed.',
        ],
        size: { width: 480, height: 420 },
      };
    case 'three-lines':
      return {
        title: 'The Three Lines Model, with the PMO placed on it',
        caption: `Management holds the first and second lines, internal audit the third; the ${role('pmo')} is part of management.`,
        description: [
          'At the top, the governing body, which answers to stakeholders.',
          'Management holds the first line, which delivers the work and manages its risks, and the second line, which brings expertise, monitoring and challenge.',
          'Internal audit is the third line: independent assurance and advice to the governing body.',
          `The ${role('pmo')} is part of management, so its work sits on the first or the second line, never on the third.`,
        ],
        size: { width: 480, height: 392 },
      };
    case 'portfolio-view': {
      const met = PORTFOLIO.reduce((sum, project) => sum + project.met, 0);
      const due = PORTFOLIO.reduce((sum, project) => sum + project.due, 0);
      const green = PORTFOLIO.filter((project) => project.status === 'Green').length;
      return {
        title: 'A portfolio view: each status beside its evidence',
        caption:
          'Six projects on one page, each with its own status beside the milestones it met; the three marked with ! disagree with their evidence.',
        description: [
          ...PORTFOLIO.map(
            (project) =>
              `${project.name}: reports ${project.status.toLowerCase()}; met ${project.met} of ${project.due} milestones.${disagrees(project) ? ' Marked: the status and the evidence disagree, so ask the owner.' : ''}`,
          ),
          `Across the portfolio, ${green} of ${PORTFOLIO.length} projects report green, yet ${met} of ${due} milestones were met.`,
        ],
        size: { width: 480, height: 384 },
      };
    }
  }
}
