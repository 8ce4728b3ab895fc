/** A random id for a new annotation, made on this side so saves can be repeated safely and undo can recreate it. */
export function newAnnotationId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
