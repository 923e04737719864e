/** The part of clipper-lib (Angus Johnson's Clipper 6, in JavaScript) that difference-area.ts uses. */
declare module 'clipper-lib' {
  interface IntPoint {
    X: number;
    Y: number;
  }
  type Path = IntPoint[];
  class Clipper {
    AddPath(path: Path, polyType: number, closed: boolean): boolean;
    Execute(clipType: number, solution: Path[], subjectFillType: number, clipFillType: number): boolean;
    static Area(path: Path): number;
  }
  const ClipperLib: {
    Clipper: typeof Clipper;
    PolyType: { ptSubject: number; ptClip: number };
    ClipType: { ctIntersection: number; ctUnion: number; ctDifference: number; ctXor: number };
    PolyFillType: { pftEvenOdd: number; pftNonZero: number; pftPositive: number; pftNegative: number };
  };
  export default ClipperLib;
}
