/**
 * The controls the native ones lack or hide in menus: a captions switch (a toggle button, its state in
 * aria-pressed and in words) and the playback speed as a labelled select.
 */
import { useId, type ReactNode } from 'react';

export const PLAYBACK_RATES: readonly number[] = [0.75, 1, 1.25, 1.5, 2];

export interface VideoControlsProps {
  captionsOn: boolean;
  onCaptionsChange: (on: boolean) => void;
  rate: number;
  onRateChange: (rate: number) => void;
  children?: ReactNode;
}

export function VideoControls({
  captionsOn,
  onCaptionsChange,
  rate,
  onRateChange,
  children,
}: VideoControlsProps) {
  const speedId = useId();
  // The native menu offers other speeds; show whichever is in use.
  const rates = PLAYBACK_RATES.includes(rate)
    ? PLAYBACK_RATES
    : [...PLAYBACK_RATES, rate].sort((a, b) => a - b);
  return (
    <div className="video-controls">
      <button
        type="button"
        className="video-button video-captions-toggle"
        aria-pressed={captionsOn}
        onClick={() => onCaptionsChange(!captionsOn)}
      >
        Captions{' '}
        <span className="video-toggle-state" aria-hidden="true">
          {captionsOn ? 'on' : 'off'}
        </span>
      </button>
      <span className="video-speed">
        <label htmlFor={speedId}>Speed</label>
        <select
          id={speedId}
          className="video-select"
          value={String(rate)}
          onChange={(e) => onRateChange(Number(e.target.value))}
        >
          {rates.map((value) => (
            <option key={value} value={String(value)}>
              {value === 1 ? 'Normal (1×)' : `${value}×`}
            </option>
          ))}
        </select>
      </span>
      {children}
    </div>
  );
}
