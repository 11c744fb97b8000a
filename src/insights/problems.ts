/**
 * Why a file was skipped, in words for the PMO: what is wrong and what to do. The reading code
 * (src/reports/read.ts) says what is wrong as data; only this page words it. A learner's whole record
 * read here is described as the learner's own import describes it, so both name the same field alike.
 */
import {
  issueText,
  recordEntryIssueText,
  recordFileIssueText,
  type FieldIssue,
} from '../record/transfer';
import type { ReportFileKind, ReportProblem } from '../reports/read';

/** What to do about a report that cannot be used: the learner makes it again where they made it. */
const ASK_REPORT =
  'ask the learner to save their report again from “Share my progress” (on the Learning paths page) and send you the new file.';
/** The same for a whole learning record, which the learner downloads from My learning. */
const ASK_RECORD =
  'ask the learner to download their record again (“Download my record” on My learning) and send you the new file.';
const CHECK_FILE = 'Check you chose the file the learner sent you; if you did,';
const MEGABYTE = 1024 * 1024;

const capital = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;

/** Every reason starts with what is wrong and ends with what to do about it. */
export function reportProblemText(file: ReportFileKind, problem: ReportProblem): string {
  const ask = file === 'record' ? ASK_RECORD : ASK_REPORT;
  const Ask = capital(ask);
  switch (problem.problem) {
    case 'too-big':
      return `This file is larger than ${problem.limit / MEGABYTE} MB, far larger than any progress report. ${CHECK_FILE} ${ask}`;
    case 'unreadable':
      return 'This file could not be read: it may have been moved or deleted since you chose it. Choose it again.';
    case 'damaged-compressed':
      return `This file is compressed (a .gz file) but damaged, so it cannot be opened: it may have been cut short while saving or copying. ${Ask}`;
    case 'empty':
      return `This file is empty. ${Ask}`;
    case 'not-json':
      return `This file is not a Sideline progress report (it is not JSON). ${CHECK_FILE} ${ask}`;
    case 'cut-short':
      return `This file is incomplete: it may have been cut short while saving or copying. ${Ask}`;
    case 'wrong-format':
      return `This file is not a Sideline progress report or learning record: it may come from another app. ${CHECK_FILE} ${ask}`;
    case 'newer-version':
      return 'This file was made by a newer version of Sideline than this site. Ask whoever runs this site to update it, then read the file again.';
    case 'duplicate-ids':
      return `This file lists the same entry twice, which Sideline never does: it may have been edited. ${Ask}`;
    case 'other-learner':
      return `Entry ${problem.entry} of ${problem.entries} was recorded by a different learner from the one this file is for, which Sideline never does: the file may have been edited or put together from two people’s files. ${Ask}`;
    case 'bad-file':
      return file === 'record'
        ? `${recordFileIssueText(problem.issue)}. It may have been edited. ${Ask}`
        : `This report has been changed or damaged: ${fieldText(problem.issue)}. ${Ask}`;
    case 'bad-statement':
      return file === 'record'
        ? `${recordEntryIssueText(problem)}. It may have been edited. ${Ask}`
        : `Entry ${problem.entry} of ${problem.entries} is not valid: ${fieldText(problem.issue)}. It may have been edited. ${Ask}`;
  }
}

/**
 * For a file that was read, but whose learner's figures could not be worked out (a fault in this
 * site, not seen before): the PMO can still use everything else, and the file can be sent on.
 */
export function notSummarisedText(): string {
  return `This file was read, but this site could not work out the figures for its learner, so they are left out. The rest are shown. Send the file to whoever runs this site so they can find out why.`;
}

/**
 * `the field "verb.id" is not a verb Sideline records`: the field's own name, which a PMO may pass on
 * to whoever helps, with the same words for what is wrong as a learner's import uses.
 */
function fieldText(issue: FieldIssue): string {
  return issue.field ? `the field "${issue.field}" ${issueText(issue)}` : `it ${issueText(issue)}`;
}
