using System.Runtime.CompilerServices;

namespace AiRace.Analyzers;

/// <summary>
/// The JIT option for the methods the compiler calls for nearly every operation. The compiler host starts the
/// analyzers afresh in each build and keeps JIT-compiling its own code, so runtime tiering would leave these methods in
/// unoptimised tier-0 code for most of a build; <c>AggressiveOptimization</c> (value 512, not named in netstandard2.0)
/// compiles them optimised on first call.
/// </summary>
internal static class Hot
{
    /// <summary><c>MethodImplOptions.AggressiveOptimization</c>.</summary>
    public const MethodImplOptions Path = (MethodImplOptions)512;
}
