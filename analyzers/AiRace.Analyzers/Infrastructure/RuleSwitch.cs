using System.Threading;
using Microsoft.CodeAnalysis;

namespace AiRace.Analyzers;

/// <summary>
/// Whether a rule can be left out of a compilation because every one of its diagnostics is off there. The compiler
/// still decides what is reported; this only saves running a rule whose every report it would drop.
/// </summary>
internal static class RuleSwitch
{
    /// <summary>
    /// Whether every diagnostic of the rule is off for the whole compilation: suppressed by the compilation options
    /// (<c>/nowarn</c>, <c>&lt;NoWarn&gt;</c>, a rule set), or by the global analyzer config and every tree's analyzer
    /// config, or disabled by default and enabled nowhere. Anything less certain counts as on.
    /// </summary>
    public static bool IsOff(Rule rule, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var descriptor in rule.SupportedDiagnostics)
        {
            if (!IsOff(descriptor, compilation, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOff(DiagnosticDescriptor descriptor, Compilation compilation, CancellationToken cancellationToken)
    {
        if (compilation.Options.SpecificDiagnosticOptions.TryGetValue(descriptor.Id, out var specific))
        {
            return specific == ReportDiagnostic.Suppress;
        }

        var provider = compilation.Options.SyntaxTreeOptionsProvider;
        bool off = !descriptor.IsEnabledByDefault;
        if (provider is not null && provider.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out var global))
        {
            off = global == ReportDiagnostic.Suppress;
        }

        if (provider is null)
        {
            return off;
        }

        // one tree's .editorconfig may turn the rule on (or off) for that tree alone
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (provider.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out var local))
            {
                if (local != ReportDiagnostic.Suppress)
                {
                    return false;
                }
            }
            else if (!off)
            {
                return false;
            }
        }

        return true;
    }
}
