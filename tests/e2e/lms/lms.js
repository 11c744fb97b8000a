// A loopback LMS for tests/e2e/lms-scorm.spec.ts: reads a package's imsmanifest.xml, puts scorm-again's
// runtime where a SCO looks for it (window.API for SCORM 1.2, window.API_1484_11 for 2004), and launches
// the manifest's SCO in a frame. What the SCO sends stays in scorm-again's CMI object for the test to read.
/* global window, document, fetch, URL, DOMParser, Scorm12API, Scorm2004API */
window.lms = { initializes: 0, finishes: 0 };

const ADLCP_12 = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const IMSSS = 'http://www.imsglobal.org/xsd/imsss';

function scoOf(manifest) {
  const organizations = manifest.getElementsByTagName('organizations')[0];
  const chosen = organizations.getAttribute('default');
  const organization = [...manifest.getElementsByTagName('organization')].find(
    (o) => o.getAttribute('identifier') === chosen,
  );
  const item = organization.getElementsByTagName('item')[0];
  const resource = [...manifest.getElementsByTagName('resource')].find(
    (r) => r.getAttribute('identifier') === item.getAttribute('identifierref'),
  );
  return { item, href: resource.getAttribute('href') };
}

/** Launches the package at packageUrl; `saved` is what this LMS kept from an earlier session, if any. */
window.launchPackage = async (packageUrl, version, learner, saved) => {
  const response = await fetch(new URL('imsmanifest.xml', packageUrl));
  const manifest = new DOMParser().parseFromString(await response.text(), 'application/xml');
  const { item, href } = scoOf(manifest);
  const settings = { autocommit: false, logLevel: 5 };
  let api;
  if (version === '1.2') {
    const mastery = item.getElementsByTagNameNS(ADLCP_12, 'masteryscore')[0]?.textContent ?? '';
    api = new Scorm12API(settings);
    api.loadFromJSON({
      core: {
        student_id: learner.id,
        student_name: learner.name,
        entry: saved ? 'resume' : 'ab-initio',
        ...saved?.core,
      },
      student_data: { mastery_score: mastery },
      suspend_data: saved?.suspend_data ?? '',
    });
    api.on('LMSInitialize', () => (window.lms.initializes += 1));
    api.on('LMSFinish', () => (window.lms.finishes += 1));
    window.API = api;
  } else {
    const measure =
      item.getElementsByTagNameNS(IMSSS, 'minNormalizedMeasure')[0]?.textContent ?? '';
    api = new Scorm2004API(settings);
    api.loadFromJSON({
      learner_id: learner.id,
      learner_name: learner.name,
      entry: saved ? 'resume' : 'ab-initio',
      scaled_passing_score: measure,
      ...saved,
    });
    api.on('Initialize', () => (window.lms.initializes += 1));
    api.on('Terminate', () => (window.lms.finishes += 1));
    window.API_1484_11 = api;
  }
  const frame = document.createElement('iframe');
  frame.title = 'Course';
  frame.src = new URL(href, packageUrl).href;
  document.body.append(frame);
};

/** What the LMS holds now, as plain data. */
window.lmsData = () => JSON.parse(JSON.stringify((window.API ?? window.API_1484_11).cmi));

/** The LMS closes the course, as a player does when the learner leaves it. */
window.closeCourse = () => document.querySelector('iframe')?.remove();
