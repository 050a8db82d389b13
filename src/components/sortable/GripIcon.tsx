/** Six dots: the sign of something that can be dragged. */
export function GripIcon() {
  return (
    <svg viewBox="0 0 12 20" width="12" height="20" aria-hidden="true" focusable="false">
      <path d="M3 3h2v2H3zm4 0h2v2H7zM3 9h2v2H3zm4 0h2v2H7zm-4 6h2v2H3zm4 0h2v2H7z" />
    </svg>
  );
}
