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
  type FileProblem,
} from '../record/transfer';
import type { ReportFileKind } from '../reports/read';

const ASK = 'Ask the learner to save their report again and send the new file.';
const MEGABYTE = 1024 * 1024;

export function reportProblemText(file: ReportFileKind, problem: FileProblem): string {
  switch (problem.problem) {
    case 'too-big':
      return `It is larger than ${problem.limit / MEGABYTE} MB, far larger than any progress report.`;
    case 'unreadable':
      return 'The file could not be read: it may have been moved or deleted. Choose it again.';
    case 'empty':
      return 'The file is empty.';
    case 'not-json':
      return 'It is not a Sideline progress report (it is not JSON).';
    case 'cut-short':
      return `It is incomplete: it may have been cut short while saving or copying. ${ASK}`;
    case 'wrong-format':
      return 'It is not a Sideline progress report or learning record.';
    case 'newer-version':
      return 'It was made by a newer version of Sideline than this site. Update this site to read it.';
    case 'duplicate-ids':
      return `It lists the same entry twice, which Sideline never does: it may have been edited. ${ASK}`;
    case 'bad-file':
      return file === 'record'
        ? `${recordFileIssueText(problem.issue)}. It may have been edited. ${ASK}`
        : `The report has been changed or damaged: ${fieldText(problem.issue)}. ${ASK}`;
    case 'bad-statement':
      return file === 'record'
        ? `${recordEntryIssueText(problem)}. It may have been edited. ${ASK}`
        : `Entry ${problem.entry} of ${problem.entries} is not valid: ${fieldText(problem.issue)}. It may have been edited. ${ASK}`;
  }
}

/**
 * `the field "verb.id" is not a verb Sideline records`: the field's own name, which a PMO may pass on
 * to whoever helps, with the same words for what is wrong as a learner's import uses.
 */
function fieldText(issue: FieldIssue): string {
  return issue.field ? `the field "${issue.field}" ${issueText(issue)}` : `it ${issueText(issue)}`;
}
