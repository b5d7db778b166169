/** The core's initial passwords are the shared ones (one definition for the core and the reset dialog). */
export { generateInitialPassword, INITIAL_PASSWORD_ALPHABET, INITIAL_PASSWORD_LENGTH } from '../../../shared/domain/initial-password.js';
