import { useId } from 'react';

interface ProgressBarProps {
  value: number;
  max: number;
  label: string;
}

/** A labelled progress bar that assistive technology reads as "value of max". */
export function ProgressBar({ value, max, label }: ProgressBarProps) {
  const labelId = useId();
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div className="progress">
      <p id={labelId} className="progress-label">
        {label}
      </p>
      <div
        className="progress-track"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
