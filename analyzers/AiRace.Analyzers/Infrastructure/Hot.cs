using System.Runtime.CompilerServices;

namespace AiRace.Analyzers;

/// <summary>
/// The JIT option for the methods the compiler calls for nearly every operation. Where the host runs with tiered
/// compilation (the .NET 10 SDK's command-line compiler, an IDE's analyzer process, a compiler server), tiering would
/// leave these methods in unoptimised tier-0 code for much of a compilation; <c>AggressiveOptimization</c> (value 512,
/// not named in netstandard2.0) compiles them optimised on first call (measured in benchmarks/README.md).
/// </summary>
internal static class Hot
{
    /// <summary><c>MethodImplOptions.AggressiveOptimization</c>.</summary>
    public const MethodImplOptions Path = (MethodImplOptions)512;
}
