import 'reflect-metadata';
import { IsEmail, Max } from 'class-validator';
import { createValidationPipe } from './validation';

class Input {
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;

  @Max(100, { message: 'first must be at most 100' })
  first!: number;
}

describe('createValidationPipe', () => {
  const pipe = createValidationPipe();
  const metadata = { type: 'body' as const, metatype: Input };

  it('lists every failing field in one BAD_USER_INPUT error', async () => {
    const error: unknown = await pipe
      .transform({ email: 'nope', first: 1000 }, metadata)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      message: 'email must be an e-mail address; first must be at most 100',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'email', message: 'email must be an e-mail address' },
          { field: 'first', message: 'first must be at most 100' },
        ],
      },
    });
  });

  it('refuses properties the input does not declare', async () => {
    await expect(
      pipe.transform({ email: 'a@b.kr', first: 1, isOperator: true }, metadata),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses text that is not well-formed Unicode, naming the field, before any rule throws on it', async () => {
    await expect(
      pipe.transform({ email: 'a\ud800@b.kr', first: 1 }, { ...metadata, data: 'input' }),
    ).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.email', message: 'input.email is not well-formed Unicode text' }],
      },
    });
    await expect(pipe.transform({ email: 'a@b.kr', first: 1 }, metadata)).resolves.toEqual({
      email: 'a@b.kr',
      first: 1,
    });
    // A character outside the basic plane (a surrogate pair) is well-formed: the e-mail rule answers.
    await expect(pipe.transform({ email: 'nope😀', first: 1 }, metadata)).rejects.toMatchObject({
      extensions: { fields: [{ field: 'email', message: 'email must be an e-mail address' }] },
    });
  });

  it("leaves the server's own parameters (the request, the caller) alone, however they are linked", async () => {
    const request: Record<string, unknown> = { note: 'a\ud800' };
    request.self = request;
    await expect(pipe.transform(request, { type: 'custom', metatype: Object })).resolves.toBe(
      request,
    );
  });

  it('refuses text with a NUL character, which PostgreSQL text cannot hold, naming the field', async () => {
    await expect(
      pipe.transform({ email: 'a\u0000b@b.kr', first: 1 }, { ...metadata, data: 'input' }),
    ).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'input.email',
            message: 'input.email must not contain a NUL character (U+0000)',
          },
        ],
      },
    });
  });
});
