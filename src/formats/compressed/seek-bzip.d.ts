/** The part of seek-bzip (CommonJS, no types) we use. */
declare module 'seek-bzip' {
  const Bunzip: {
    decode(input: unknown, output?: unknown, multistream?: boolean): unknown;
  };
  export default Bunzip;
}
