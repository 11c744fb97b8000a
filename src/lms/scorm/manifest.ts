/**
 * A course's imsmanifest.xml: one organisation with one item, the course, launched by one SCO (the
 * launch page), listing every file of the package. The mastery score travels in the manifest, so the
 * LMS shows and applies the same pass mark: SCORM 1.2's adlcp:masteryscore (0 to 100), SCORM 2004's
 * primary objective, satisfied by a normalised measure (0 to 1). Checked against ADL's schemas with
 * xmllint (tests/unit/lms/scorm/manifest.test.ts).
 */
import type { LmsCourse } from '../course';
import type { ScormVersion } from './cmi';
import { escapeHtml as escape } from '../../site/markdown-html';

/** An XML id (xsd:ID is an NCName): letters, digits, dots, hyphens and underscores, not starting with a digit. */
const xmlId = (text: string) => `sideline-${text.replace(/[^\w.-]/g, '_')}`;

export interface ManifestInput {
  course: LmsCourse;
  launchPage: string;
  /** Every file of the package but the manifest. */
  files: readonly string[];
  /** A version for the package (the site's build date, say), so an LMS can tell an update. */
  version: string;
}

function fileList(files: readonly string[]): string {
  return [...files]
    .sort()
    .map((file) => `      <file href="${escape(encodeURI(file))}"/>`)
    .join('\n');
}

export function scormManifest(version: ScormVersion, input: ManifestInput): string {
  return version === '1.2' ? scorm12Manifest(input) : scorm2004Manifest(input);
}

function scorm12Manifest({ course, launchPage, files, version }: ManifestInput): string {
  const title = escape(course.title);
  const mastery =
    course.masteryPercent === undefined
      ? ''
      : `\n        <adlcp:masteryscore>${course.masteryPercent}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId(course.id)}" version="${escape(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${xmlId(`${course.id}-organisation`)}">
    <organization identifier="${xmlId(`${course.id}-organisation`)}">
      <title>${title}</title>
      <item identifier="${xmlId(`${course.id}-item`)}" identifierref="${xmlId(`${course.id}-sco`)}" isvisible="true">
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${xmlId(`${course.id}-sco`)}" type="webcontent" adlcp:scormtype="sco" href="${escape(launchPage)}">
${fileList(files)}
    </resource>
  </resources>
</manifest>
`;
}

function scorm2004Manifest({ course, launchPage, files, version }: ManifestInput): string {
  const title = escape(course.title);
  const sequencing =
    course.masteryPercent === undefined
      ? ''
      : `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${xmlId(`${course.id}-mastery`)}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${course.masteryPercent / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId(course.id)}" version="${escape(version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${xmlId(`${course.id}-organisation`)}">
    <organization identifier="${xmlId(`${course.id}-organisation`)}">
      <title>${title}</title>
      <item identifier="${xmlId(`${course.id}-item`)}" identifierref="${xmlId(`${course.id}-sco`)}">
        <title>${title}</title>${sequencing}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${xmlId(`${course.id}-sco`)}" type="webcontent" adlcp:scormType="sco" href="${escape(launchPage)}">
${fileList(files)}
    </resource>
  </resources>
</manifest>
`;
}
