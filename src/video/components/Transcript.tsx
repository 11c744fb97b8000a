/**
 * The interactive transcript: every cue is a button with its time; pressing one plays from there.
 * The cue being spoken is marked with aria-current and a visible marker (not colour alone), and is
 * scrolled into view inside the transcript's own box, never by moving focus or the page.
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Cue } from '../captions';
import { formatClock } from '../cues';

export interface VideoTranscriptProps {
  cues: readonly Cue[];
  slides?: readonly { heading: string; start: number }[] | undefined;
  currentIndex: number;
  onSeek: (cue: Cue) => void;
  /** Shown after the transcript, open or closed (the "I have read the transcript" action). */
  children?: ReactNode;
}

interface Section {
  heading: string | null;
  cues: { cue: Cue; index: number }[];
}

export function VideoTranscript({
  cues,
  slides,
  currentIndex,
  onSeek,
  children,
}: VideoTranscriptProps) {
  const [open, setOpen] = useState(true);
  const [pointerInside, setPointerInside] = useState(false);
  const regionId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const sections = useMemo(() => sectionsOf(cues, slides), [cues, slides]);

  // Keep the spoken cue in view while the learner is not reading elsewhere in the transcript.
  useEffect(() => {
    const box = scrollRef.current;
    if (!open || !box || pointerInside || currentIndex < 0) return;
    const item = box.querySelector<HTMLElement>(`[data-cue="${currentIndex}"]`);
    if (!item) return;
    // The box is positioned (video.css), so offsetTop is measured from its top.
    const top = item.offsetTop;
    const visible =
      top >= box.scrollTop && top + item.offsetHeight <= box.scrollTop + box.clientHeight;
    if (visible) return;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    box.scrollTo({
      top: Math.max(0, top - box.clientHeight / 3),
      behavior: smooth ? 'smooth' : 'auto',
    });
  }, [currentIndex, open, pointerInside]);

  return (
    <section className="video-transcript" aria-labelledby={`${regionId}-heading`}>
      <h2 className="video-transcript-title" id={`${regionId}-heading`}>
        <button
          type="button"
          className="video-transcript-toggle"
          aria-expanded={open}
          aria-controls={regionId}
          onClick={() => setOpen(!open)}
        >
          Transcript
        </button>
      </h2>
      <div
        className="video-transcript-scroll"
        id={regionId}
        ref={scrollRef}
        hidden={!open}
        onPointerEnter={() => setPointerInside(true)}
        onPointerLeave={() => setPointerInside(false)}
      >
        <p className="video-transcript-hint">Select a line to play the video from there.</p>
        {sections.map((section, sectionIndex) => (
          <div className="video-transcript-section" key={sectionIndex}>
            {section.heading && <h3 className="video-transcript-heading">{section.heading}</h3>}
            <ol className="video-transcript-cues">
              {section.cues.map(({ cue, index }) => (
                <li key={index} data-cue={index}>
                  <button
                    type="button"
                    className="video-cue"
                    aria-current={index === currentIndex ? 'true' : undefined}
                    onClick={() => onSeek(cue)}
                  >
                    <span className="video-cue-time">{formatClock(cue.start)}</span>{' '}
                    <span className="video-cue-text">{cue.text}</span>
                  </button>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </div>
      {children}
    </section>
  );
}

/** Cues grouped under the slide they are spoken over; one untitled group when there are no slides. */
function sectionsOf(cues: readonly Cue[], slides: VideoTranscriptProps['slides']): Section[] {
  if (!slides?.length) return [{ heading: null, cues: cues.map((cue, index) => ({ cue, index })) }];
  const sections: Section[] = slides.map((slide) => ({ heading: slide.heading, cues: [] }));
  cues.forEach((cue, index) => {
    let slideIndex = 0;
    slides.forEach((slide, i) => {
      if (slide.start <= cue.start) slideIndex = i;
    });
    sections[slideIndex]?.cues.push({ cue, index });
  });
  return sections.filter((section) => section.cues.length);
}
