using System.Linq;
using System.Threading;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// <see cref="KnownTypes.MentionsCurrency"/> walks the operations below a lambda's body (stop 64 walks them on a reused
/// stack instead of <c>Descendants()</c>): a <c>Currency</c> value at any depth is found, and code without one is not.
/// </summary>
public class Stop64CostTests
{
    private const string Source = """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;

        static class C
        {
            static void M(List<Money> parts, Money floor)
            {
                var direct = parts.Where(p => p.Currency == Currency.CNY);
                var deep = parts.Where(p => p > floor && (p.Amount > 1m || (p.Amount < 0m && Pick(p).Currency.Code.Length == 3)));
                var nested = parts.Where(p => parts.Any(q => q.Amount > p.Amount && q.Currency != p.Currency));
                var none = parts.Where(p => p > floor && (p.Amount > 1m || p.Amount < 0m));
                var constant = parts.Where(p => p.Amount > 2m);
            }

            static Money Pick(Money m) => m;
        }
        """;

    [Theory]
    [InlineData("direct", true)]
    [InlineData("deep", true)]
    [InlineData("nested", true)]
    [InlineData("none", false)]
    [InlineData("constant", false)]
    public void Finds_a_currency_value_at_any_depth_of_a_lambda_body_and_none_where_there_is_none(string local, bool expected)
    {
        var tree = CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("Stop64", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        var model = compilation.GetSemanticModel(tree);
        var lambda = tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(d => d.Identifier.ValueText == local)
            .DescendantNodes().OfType<LambdaExpressionSyntax>().First();
        var function = (IAnonymousFunctionOperation)model.GetOperation(lambda, CancellationToken.None)!;
        var types = KnownTypes.Create(compilation);

        types.MentionsCurrency(function.Body).Should().Be(expected);

        // asked again on the same thread (the walk's stack is reused): the same answer
        types.MentionsCurrency(function.Body).Should().Be(expected);
    }
}
