/** Errors whose message is written for the user and can be shown as it is. */
export class UserError extends Error {
  override name = 'UserError';
}

export class NotFoundError extends UserError {
  override name = 'NotFoundError';
}
