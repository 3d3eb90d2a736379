using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0012 through a fluent builder of the code that keeps the years in its own fields
/// (<c>new TargetBuilder().From(2030, …).To(2026, …).Build()</c>): <c>Build()</c> returns the AiRace.Core call made
/// with two instance fields as its baseline and goal years, each method of the chain from a fresh <c>new</c> only stores
/// its parameters or constants in the builder's fields and returns <c>this</c>, so the years the call gets are the
/// arguments the chain's last writes of those fields were given.
/// </summary>
internal static class BuilderYears
{
    private const int MaxSteps = 16;

    /// <summary>
    /// Whether a method (a definition) may be such a <c>Build()</c>: an instance method of a class, with no parameters,
    /// not virtual, whose body returns one object creation or call (a cheap look at its syntax).
    /// </summary>
    public static bool MayBuild(IMethodSymbol method) =>
        method is { IsStatic: false, MethodKind: MethodKind.Ordinary, Parameters.Length: 0, IsVirtual: false, IsAbstract: false, IsOverride: false, IsExtern: false, ContainingType.TypeKind: TypeKind.Class }
        && method.DeclaringSyntaxReferences.Length == 1 && BuiltBy(method.DeclaringSyntaxReferences[0].GetSyntax()) is not null;

    /// <summary>The value a method declaration returns, when its body is that value alone (<c>=&gt; new(…)</c>, <c>{ return new(…); }</c>)
    /// and it creates or calls something; else null.</summary>
    private static ExpressionSyntax? BuiltBy(SyntaxNode declaration)
    {
        if (declaration is not MethodDeclarationSyntax method)
        {
            return null;
        }

        var returned = method.ExpressionBody?.Expression
            ?? (method.Body is { Statements.Count: 1 } body && body.Statements[0] is ReturnStatementSyntax { Expression: { } expression } ? expression : null);
        return returned is BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax ? returned : null;
    }

    /// <summary>Reports a call of such a <c>Build()</c> on a chain that gives a goal year before the baseline year.</summary>
    public static void Analyze(in RuleContext context, IOperation call, IMethodSymbol method)
    {
        var definition = method.OriginalDefinition;
        if (call is not IInvocationOperation { Instance: { } receiver } || !MayBuild(definition) || !context.Facts.Search.IsOwn(definition))
        {
            return;
        }

        var cancellationToken = context.CancellationToken;
        var builder = definition.ContainingType;
        if (builder.BaseType is not { SpecialType: SpecialType.System_Object })
        {
            // a base constructor may call an override that writes the fields
            return;
        }

        var syntax = BuiltBy(definition.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken));
        if (syntax is null || context.Facts.Search.OwnModelOf(syntax.SyntaxTree) is not { } model
            || model.GetOperation(syntax, cancellationToken)?.SkipConversions() is not { } built || LeaksThis(built))
        {
            return;
        }

        var arguments = built switch
        {
            IObjectCreationOperation { Constructor: { } constructor } creation when TargetYearBeforeBaselineRule.TakesYears(constructor) => creation.Arguments,
            IInvocationOperation invocation when TargetYearBeforeBaselineRule.TakesYears(invocation.TargetMethod) => invocation.Arguments,
            _ => default,
        };

        if (arguments.IsDefault || YearField(arguments.ArgumentFor("baselineYear"), builder) is not { } baselineField
            || YearField(arguments.ArgumentFor("goalYear"), builder) is not { } goalField
            || SymbolEqualityComparer.Default.Equals(baselineField, goalField))
        {
            return;
        }

        // the chain, from Build's receiver back to the fresh builder
        var chain = new List<IInvocationOperation>();
        var current = receiver.SkipConversions();
        while (current is IInvocationOperation step)
        {
            if (chain.Count == MaxSteps)
            {
                return;
            }

            chain.Add(step);
            current = step.Instance?.SkipConversions();
        }

        if (current is not IObjectCreationOperation { Initializer: null, Constructor: { IsImplicitlyDeclared: true } } fresh
            || !SymbolEqualityComparer.Default.Equals(fresh.Type?.OriginalDefinition, builder))
        {
            return;
        }

        var baseline = Initial(baselineField, context, cancellationToken);
        var goal = Initial(goalField, context, cancellationToken);
        for (int i = chain.Count - 1; i >= 0; i--)
        {
            if (!Step(chain[i], builder, baselineField, goalField, ref baseline, ref goal, context, cancellationToken))
            {
                return;
            }
        }

        if (baseline.Year is int baselineYear && goal.Year is int goalYear && goalYear < baselineYear
            && TargetYearBeforeBaselineRule.IsTargetYear(baselineYear) && TargetYearBeforeBaselineRule.IsTargetYear(goalYear)
            && (goal.At ?? baseline.At) is { } at)
        {
            context.Report(Diagnostic.Create(Descriptors.TargetYearBeforeBaseline, at.GetLocation(), goalYear, baselineYear));
        }
    }

    /// <summary>A year field's state along the chain: the year it holds (null: not known) and the argument that gave it.</summary>
    private struct Held
    {
        public int? Year;
        public SyntaxNode? At;
    }

    /// <summary>An instance field of the builder read on <c>this</c> as a year argument; else null.</summary>
    private static IFieldSymbol? YearField(IArgumentOperation? argument, INamedTypeSymbol builder) =>
        argument?.Value.SkipConversions() is IFieldReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }, Field: { IsStatic: false } field }
        && SymbolEqualityComparer.Default.Equals(field.ContainingType.OriginalDefinition, builder) && TargetYearBeforeBaselineRule.IsYear(field.Type)
            ? field.OriginalDefinition
            : null;

    /// <summary>What a year field holds in a fresh builder: its constant initializer, or 0 (no year) without one.</summary>
    private static Held Initial(IFieldSymbol field, in RuleContext context, CancellationToken cancellationToken)
    {
        if (field.DeclaringSyntaxReferences.Length != 1 || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax declarator)
        {
            return default;
        }

        if (declarator.Initializer is not { } initializer)
        {
            return new Held { Year = 0 };
        }

        var value = context.Facts.Search.OwnModelOf(declarator.SyntaxTree)?.GetOperation(initializer.Value, cancellationToken);
        return new Held { Year = TargetYearBeforeBaselineRule.Year(value, context.Facts.Members, 0, cancellationToken) };
    }

    /// <summary>
    /// One call of the chain: a method of the builder that only stores its parameters or constants in fields of
    /// <c>this</c> (assignments, deconstructions of a tuple) and returns <c>this</c>; the year fields it writes take the
    /// years its arguments give. False for any other call (the years are then not known).
    /// </summary>
    private static bool Step(IInvocationOperation call, INamedTypeSymbol builder, IFieldSymbol baselineField, IFieldSymbol goalField, ref Held baseline, ref Held goal, in RuleContext context, CancellationToken cancellationToken)
    {
        var method = call.TargetMethod.OriginalDefinition;
        if (method.IsStatic || method.IsVirtual || method.IsAbstract || method.IsOverride || method.IsExtern || method.IsAsync
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType, builder) || method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax { Body: { } body }
            || context.Facts.Search.OwnModelOf(body.SyntaxTree)?.GetOperation(body, cancellationToken) is not IBlockOperation block
            || block.Operations.Length == 0
            || block.Operations[block.Operations.Length - 1] is not IReturnOperation { ReturnedValue: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } })
        {
            return false;
        }

        for (int i = 0; i < block.Operations.Length - 1; i++)
        {
            switch (block.Operations[i])
            {
                case IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment }:
                    if (!Store(assignment.Target, assignment.Value, call, method, baselineField, goalField, ref baseline, ref goal, context, cancellationToken))
                    {
                        return false;
                    }

                    break;
                case IExpressionStatementOperation { Operation: IDeconstructionAssignmentOperation { Target: ITupleOperation targets } deconstruction }
                    when deconstruction.Value.SkipConversions() is ITupleOperation values && targets.Elements.Length == values.Elements.Length:
                    for (int j = 0; j < targets.Elements.Length; j++)
                    {
                        if (!Store(targets.Elements[j], values.Elements[j], call, method, baselineField, goalField, ref baseline, ref goal, context, cancellationToken))
                        {
                            return false;
                        }
                    }

                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>A store of a parameter or a constant in a field of <c>this</c>; false for any other write.</summary>
    private static bool Store(IOperation target, IOperation value, IInvocationOperation call, IMethodSymbol method, IFieldSymbol baselineField, IFieldSymbol goalField, ref Held baseline, ref Held goal, in RuleContext context, CancellationToken cancellationToken)
    {
        if (target is not IFieldReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }, Field: { IsStatic: false } field })
        {
            return false;
        }

        Held stored;
        var read = value.SkipConversions();
        if (read is IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter } && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method))
        {
            stored = default;
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter?.Ordinal == parameter.Ordinal)
                {
                    stored = new Held
                    {
                        Year = TargetYearBeforeBaselineRule.Year(argument.Value, context.Facts.Members, 0, cancellationToken),
                        At = argument.ArgumentKind == ArgumentKind.Explicit ? argument.Value.Syntax : null,
                    };
                }
            }
        }
        else if (read is not null && read.ConstantValue.HasValue)
        {
            stored = new Held { Year = read.ConstantValue.Value is int constant ? constant : null };
        }
        else
        {
            // anything else (a call, this, a field) may reach the builder or hold what is not known
            return false;
        }

        var written = field.OriginalDefinition;
        if (SymbolEqualityComparer.Default.Equals(written, baselineField))
        {
            baseline = stored;
        }
        else if (SymbolEqualityComparer.Default.Equals(written, goalField))
        {
            goal = stored;
        }

        return true;
    }

    /// <summary>Whether the value Build returns uses <c>this</c> other than to read its fields (a call that may change them first).</summary>
    private static bool LeaksThis(IOperation built)
    {
        foreach (var operation in built.DescendantsAndSelf())
        {
            if (operation is IInstanceReferenceOperation && operation.Parent is not IFieldReferenceOperation)
            {
                return true;
            }
        }

        return false;
    }
}
