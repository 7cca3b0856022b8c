/** Why the dashboard will not start, each as its own error whose message names the fix. */

export class DashboardError extends Error {
  override name = "DashboardError";
}

/** Bound to an address other hosts reach, without a token to guard the actions. */
export class TokenRequiredError extends DashboardError {
  override name = "TokenRequiredError";
}

/** A token short enough to guess. */
export class WeakTokenError extends DashboardError {
  override name = "WeakTokenError";
}

/** The address cannot be listened on: the port is taken, or the host is not this machine's. */
export class ListenError extends DashboardError {
  override name = "ListenError";
}
