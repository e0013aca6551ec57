// One plain line for any failure from the contract.
import { toApiError } from '../../../shared/api-error'

export function errorMessage(e: unknown): string {
  return toApiError(e).message
}
