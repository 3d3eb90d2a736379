using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A rate the library's own table looks up (<c>table.GetRate(from, to, date, lookup)</c>, or the rate
/// <c>table.TryGetRate(from, to, date, lookup, out var rate)</c> gives a local that nothing else writes): from
/// <c>from</c> into <c>to</c>. A failed <c>TryGetRate</c> leaves <c>default</c>, at which a conversion throws, so a
/// conversion that returns was made at the table's rate.
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>The currencies a table's <c>GetRate</c> or <c>TryGetRate</c> is given for <c>from</c> and <c>to</c>.</summary>
    private (string? Base, string? Quote) LookedUpRate(IInvocationOperation lookup, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        string? from = null;
        string? to = null;
        foreach (var argument in lookup.Arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case "from":
                    from = Currencies.Known(Value(argument.Value, depth + 1, mode, cancellationToken));
                    break;
                case "to":
                    to = Currencies.Known(Value(argument.Value, depth + 1, mode, cancellationToken));
                    break;
            }
        }

        return (from, to);
    }

    /// <summary>
    /// The table's <c>TryGetRate</c> call whose <c>out var rate</c> declares the local a rate is, when no other position of
    /// the member (lambdas and local functions included) may write a variable of that name; else null.
    /// </summary>
    private IInvocationOperation? TriedRate(IOperation rate, CancellationToken cancellationToken)
    {
        if (rate.SkipConversions() is not ILocalReferenceOperation { Local: { IsRef: false } local } || local.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declared = local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        if (declared is VariableDeclaratorSyntax { Initializer: null } declarator)
        {
            // ExchangeRate rate; … table.TryGetRate(from, to, date, lookup, out rate)
            return TriedIntoDeclared(local, declarator, cancellationToken);
        }

        if (declared is not SingleVariableDesignationSyntax designation
            || designation.Parent is not DeclarationExpressionSyntax { Parent: ArgumentSyntax argument }
            || !argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword) || ScopeOf(designation) is not { } scope)
        {
            return null;
        }

        var model = _search.ModelOf(argument.SyntaxTree);
        if (model.GetOperation(argument, cancellationToken) is not IArgumentOperation { Parameter.Name: "rate", Parent: IInvocationOperation { TargetMethod: { Name: "TryGetRate" } method } call }
            || !IsRateTable(method.ContainingType) || RateWrittenIn(scope, local.Name, model, cancellationToken))
        {
            return null;
        }

        return call;
    }

    /// <summary>
    /// The table's <c>TryGetRate</c> call that a local declared without a value (<c>ExchangeRate rate;</c>) is given as
    /// its <c>out</c> argument, when that is the only position of the member (lambdas and local functions included) that
    /// may write a variable of that name; else null. The compiler lets the local be read only after it is assigned, so
    /// every read sees what that call gave it.
    /// </summary>
    private IInvocationOperation? TriedIntoDeclared(ILocalSymbol local, VariableDeclaratorSyntax declarator, CancellationToken cancellationToken)
    {
        if (declarator.Parent is not VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax { UsingKeyword.RawKind: 0 } } || ScopeOf(declarator) is not { } scope)
        {
            return null;
        }

        var model = _search.ModelOf(declarator.SyntaxTree);
        IInvocationOperation? call = null;
        foreach (var token in IdentifierScan.In(scope, local.Name, cancellationToken))
        {
            if (token.Parent is not IdentifierNameSyntax identifier || WritePosition(identifier) is not { } written)
            {
                continue;
            }

            if (written.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax } access && access.Expression == written
                && model.GetSymbolInfo(access, cancellationToken).Symbol is IMethodSymbol { IsExtensionMethod: false, IsStatic: false } called
                && ExtensionBlocks.ReceiverOf(called) is null && IsExchangeRate(called.ContainingType))
            {
                // rate.Convert(…): ExchangeRate is a read-only struct, its own methods cannot write it
                continue;
            }

            if (call is not null || written != identifier || identifier.Parent is not ArgumentSyntax argument || !argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword)
                || model.GetOperation(argument, cancellationToken) is not IArgumentOperation
                {
                    Parameter.Name: "rate",
                    Value: ILocalReferenceOperation given,
                    Parent: IInvocationOperation { TargetMethod: { Name: "TryGetRate" } method } tried,
                }
                || !SymbolEqualityComparer.Default.Equals(given.Local, local) || !IsRateTable(method.ContainingType))
            {
                // a second write, or any other
                return null;
            }

            call = tried;
        }

        return call;
    }

    /// <summary>Whether a variable of the name may be written in the scope: an assignment, <c>ref</c>/<c>out</c>, or a call
    /// on it of anything but ExchangeRate's own methods (a read-only struct's methods cannot write it).</summary>
    private bool RateWrittenIn(SyntaxNode scope, string name, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var token in IdentifierScan.In(scope, name, cancellationToken))
        {
            if (token.Parent is not IdentifierNameSyntax identifier || WritePosition(identifier) is not { } written)
            {
                continue;
            }

            if (written.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax } access && access.Expression == written
                && model.GetSymbolInfo(access, cancellationToken).Symbol is IMethodSymbol { IsExtensionMethod: false, IsStatic: false } called
                && ExtensionBlocks.ReceiverOf(called) is null && IsExchangeRate(called.ContainingType))
            {
                continue;
            }

            return true;
        }

        return false;
    }
}
