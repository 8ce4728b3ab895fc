/** Shown while files are dragged over the window, so it is clear that letting go will import them. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>Drop files or folders to import them</p>
    </div>
  );
}
