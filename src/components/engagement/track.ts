/**
 * How page scripts report to the engagement beacon (EngagementBeacon.astro): one `sdg:track` event on window whose
 * detail is the event's fields, as POST /api/engagement takes them. Without the beacon (Do Not Track, no
 * sendBeacon) nobody listens and nothing is sent.
 */
export function track(detail: Record<string, string>): void {
  window.dispatchEvent(new CustomEvent('sdg:track', { detail }));
}
