/**
 * The same outer check the contract makes on a server address (http or https, a host), so the
 * form can say so before calling the core.
 *
 * @example
 * isServerUrl('https://kinerja.example.go.id'); // true
 * isServerUrl('kinerja.example.go.id'); // false
 */
export function isServerUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
