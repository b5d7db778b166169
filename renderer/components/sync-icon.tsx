/** Two turning arrows: the "sync now" mark where the header has no room for words. */
export function SyncIcon({ size = 16 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M19.5 10A8 8 0 0 0 5 7.5M4 3.5v4.5h4.5" />
      <path d="M4.5 14A8 8 0 0 0 19 16.5M20 20.5V16h-4.5" />
    </svg>
  );
}
