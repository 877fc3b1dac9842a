// Every suite starts a stack of its own; the workers only need the test defaults.
process.env.TZ = 'UTC';
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL ??= 'silent';
