/** The part of clipper-lib (Angus Johnson's Clipper 6, in JavaScript) that clipper.ts uses. */
declare module 'clipper-lib' {
  namespace ClipperLib {
    interface IntPoint {
      X: number;
      Y: number;
    }
    class Clipper {
      AddPath(path: IntPoint[], polyType: number, closed: boolean): boolean;
      Execute(clipType: number, solution: IntPoint[][] | PolyTree, subjectFillType: number, clipFillType: number): boolean;
      static Area(path: IntPoint[]): number;
    }
    class PolyNode {
      Contour(): IntPoint[];
      Childs(): PolyNode[];
      IsHole(): boolean;
    }
    class PolyTree extends PolyNode {}
    const PolyType: { ptSubject: number; ptClip: number };
    const ClipType: { ctIntersection: number; ctUnion: number; ctDifference: number; ctXor: number };
    const PolyFillType: { pftEvenOdd: number; pftNonZero: number; pftPositive: number; pftNegative: number };
  }
  export type Path = ClipperLib.IntPoint[];
  export default ClipperLib;
}
