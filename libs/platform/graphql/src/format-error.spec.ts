import { maskErrors } from './format-error';

describe('maskErrors', () => {
  const production = maskErrors({ exposeStacktrace: false });

  it('passes a domain error through with its message and code, without a stack', () => {
    const formatted = production(
      {
        message: 'anchor firm must be mid-sized',
        extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at x'] },
      },
      null,
    );
    expect(formatted).toEqual({
      message: 'anchor firm must be mid-sized',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('hides the message of anything unexpected behind INTERNAL_SERVER_ERROR and reports it', () => {
    const onMasked = jest.fn();
    const mask = maskErrors({ exposeStacktrace: false, onMasked });
    const formatted = mask(
      {
        message: 'relation "identity.users" does not exist',
        path: ['me'],
        extensions: { stacktrace: ['x'] },
      },
      new Error('db'),
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      locations: undefined,
      path: ['me'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(onMasked).toHaveBeenCalledTimes(1);
  });
});
