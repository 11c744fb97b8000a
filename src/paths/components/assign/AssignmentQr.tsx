/**
 * The link as a QR code, with an SVG download. Encoding a long link takes a noticeable moment, and the
 * builder re-renders on every key the PMO types, so the code is worked out again only when the link
 * changes.
 */
import { useMemo } from 'react';
import { encodeQr, qrPath, qrSvg } from '../../assignments/qr';
import type { Assignment } from '../../assignments/model';

export default function AssignmentQr({ url, assignment }: { url: string; assignment: Assignment }) {
  const qr = useMemo(() => encodeQr(url), [url]);
  const drawing = useMemo(
    () =>
      qr && {
        path: qrPath(qr),
        file: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg(qr, `Assignment: ${assignment.title}`))}`,
      },
    [qr, assignment.title],
  );
  if (!qr || !drawing) {
    return (
      <p>This link is too long for a QR code: send the link itself, or shorten the message.</p>
    );
  }
  const side = qr.size + 8;
  return (
    <figure className="pmo-qr">
      <svg
        role="img"
        aria-labelledby="assign-qr-caption"
        viewBox={`0 0 ${side} ${side}`}
        width={Math.min(320, side * 6)}
        height={Math.min(320, side * 6)}
        shapeRendering="crispEdges"
      >
        <rect width={side} height={side} fill="#fff" />
        <path fill="#000" d={drawing.path} />
      </svg>
      <figcaption id="assign-qr-caption">
        QR code of the link: scan it with a phone camera to open the assignment.
      </figcaption>
      <a download={`assignment-${assignment.id}.svg`} href={drawing.file}>
        Download the QR code (SVG image)
      </a>
    </figure>
  );
}
