import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id password hashing with the library's defaults (64 MiB, 3 passes). */
@Injectable()
export class PasswordHasher {
  // Verified against when the account does not exist, so both paths take the same time.
  private readonly decoy = argon2.hash('decoy-password-for-constant-time');

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    try {
      const ok = await argon2.verify(hash ?? (await this.decoy), password);
      return hash !== undefined && ok;
    } catch {
      return false;
    }
  }
}
