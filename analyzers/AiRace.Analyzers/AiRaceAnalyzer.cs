using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiRace.Analyzers;

/// <summary>
/// The one analyzer the compiler loads: it hosts every AiRace rule. Each rule is its own analyzer class (one file, one
/// doc page, its own tests), but the compiler would call each of them separately for every invocation and binary
/// operator of a build; the host registers one action per operation kind and symbol kind and hands each operation to
/// the rules that asked for it, in the order of <see cref="Rules"/>. A rule whose diagnostics are all turned off for the
/// compilation (<c>/nowarn</c>, a rule set, or <c>severity = none</c> in every analyzer config) is not run at all.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AiRaceAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rules, in ID order. Every analyzer class of this assembly except the host is listed here (a test checks it).</summary>
    internal static readonly ImmutableArray<DiagnosticAnalyzer> Rules = ImmutableArray.Create<DiagnosticAnalyzer>(
        new CurrencyMismatchAnalyzer(),
        new MoneyFromFloatingPointAnalyzer(),
        new UnknownCurrencyCodeAnalyzer(),
        new UnitStrippingAnalyzer(),
        new PercentScaleAnalyzer(),
        new PercentagePointsAnalyzer(),
        new MixedCurrencySumAnalyzer(),
        new ClockConversionDateAnalyzer(),
        new RoundingWithoutModeAnalyzer(),
        new RawMonetaryPrimitiveAnalyzer(),
        new MagnitudeDoubleScalingAnalyzer(),
        new TargetYearBeforeBaselineAnalyzer());

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        Rules.SelectMany(rule => rule.SupportedDiagnostics).Distinct().ToImmutableArray();

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);

        // what each rule registers when it is initialised, kept per rule so a switched-off rule can be left out
        var registrations = Rules.Select(rule => RuleRegistrations.Of(rule, context)).ToImmutableArray();
        context.RegisterCompilationStartAction(start =>
        {
            var combined = new CombinedActions(start);
            foreach (var rule in registrations)
            {
                if (!rule.IsSwitchedOff(start.Compilation, start.CancellationToken))
                {
                    rule.AddTo(combined);
                }
            }

            combined.Register();
        });
    }
}
