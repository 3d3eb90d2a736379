using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

internal sealed partial class CurrencyMismatchRule
{
    /// <summary>
    /// A call of an event fold of the code given events that surely hold money of another currency than the seed the
    /// call states (<c>Project(Streams.Chips, Currency.CNY, Seed.America())</c>; see <see cref="CurrencyFlow.EventFoldMix"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckEventFold(in RuleContext context, CurrencyFlow resolver, IInvocationOperation call)
    {
        if (resolver.EventFoldMix(call, context.CancellationToken) is { } mix)
        {
            context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, call.Syntax.GetLocation(), mix.What, mix.Seed, mix.Element));
        }
    }
}
