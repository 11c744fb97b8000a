/**
 * The fingerprint that ties a rendered video to its script. It is a hash of the script's text, not a
 * file time: git does not keep file times, so after a clone every file would look new.
 * Node only (build time and the video tool); no relative runtime imports, for the tool's type stripping.
 */
import { createHash } from 'node:crypto';

/** sha256 of the script text, with Windows line endings made \n so a checkout on Windows matches. */
export function scriptSha256(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex');
}
