using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// The one analyzer the compiler loads. It runs every AiRace rule through the rule contract (<see cref="Rule"/> and
/// its hooks): at compilation start it leaves out rules whose diagnostics are all switched off, then registers one
/// compiler callback per operation kind and symbol kind that the remaining rules hook, and hands each operation to
/// those rules in ID order. Calls reach only the rules whose method filter lets the called method through.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AiRaceAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rules, in ID order (a test checks that every rule class of the assembly is listed once).</summary>
    internal static readonly ImmutableArray<Rule> Rules = ImmutableArray.Create<Rule>(
        new CurrencyMismatchRule(),
        new MoneyFromFloatingPointRule(),
        new UnknownCurrencyCodeRule(),
        new UnitStrippingRule(),
        new PercentScaleRule(),
        new PercentagePointsRule(),
        new MixedCurrencySumRule(),
        new ClockConversionDateRule(),
        new RoundingWithoutModeRule(),
        new RawMonetaryPrimitiveRule(),
        new MagnitudeDoubleScalingRule(),
        new TargetYearBeforeBaselineRule());

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = AllDescriptors();

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext start)
    {
        var calls = new List<ICallRule>();
        var binaries = new List<IBinaryRule>();
        var compounds = new List<ICompoundAssignmentRule>();
        var operations = new List<IOperationRule>();
        var symbols = new List<ISymbolRule>();
        foreach (var rule in Rules)
        {
            if (RuleSwitch.IsOff(rule, start.Compilation, start.CancellationToken))
            {
                continue;
            }

            if (rule is ICallRule call)
            {
                calls.Add(call);
            }

            if (rule is IBinaryRule binary)
            {
                binaries.Add(binary);
            }

            if (rule is ICompoundAssignmentRule compound)
            {
                compounds.Add(compound);
            }

            if (rule is IOperationRule operation)
            {
                operations.Add(operation);
            }

            if (rule is ISymbolRule symbol)
            {
                symbols.Add(symbol);
            }
        }

        var facts = new CompilationFacts(start.Compilation);
        CallDispatch? calling = null;
        if (calls.Count > 0)
        {
            var dispatch = calling = new CallDispatch(calls.ToArray(), facts);
            start.RegisterOperationAction(dispatch.Run, OperationKind.Invocation, OperationKind.ObjectCreation);
        }

        if (binaries.Count > 0)
        {
            var rules = binaries.ToArray();
            start.RegisterOperationAction(context => RunBinary(rules, facts, context), OperationKind.Binary);
        }

        if (compounds.Count > 0)
        {
            var rules = compounds.ToArray();
            start.RegisterOperationAction(context => RunCompound(rules, facts, context), OperationKind.CompoundAssignment);
        }

        foreach (var kind in KindsOf(operations))
        {
            var rules = operations.FindAll(rule => rule.OperationKinds.Contains(kind)).ToArray();
            start.RegisterOperationAction(context => RunOperation(rules, facts, context), kind);
        }

        foreach (var kind in KindsOf(symbols))
        {
            var rules = symbols.FindAll(rule => rule.SymbolKinds.Contains(kind)).ToArray();
            start.RegisterSymbolAction(context => RunSymbol(rules, facts, context), kind);
        }

        if (ScriptStatements.HasScript(start.Compilation))
        {
            var script = new ScriptStatements(calling, binaries.ToArray(), compounds.ToArray(), operations.ToArray(), facts);
            start.RegisterSyntaxNodeAction(script.Run, Microsoft.CodeAnalysis.CSharp.SyntaxKind.GlobalStatement);
        }
    }

    [MethodImpl(Hot.Path)]
    internal static void RunBinary(IBinaryRule[] rules, CompilationFacts facts, OperationAnalysisContext context)
    {
        var ruleContext = new RuleContext(context, facts);
        var binary = (IBinaryOperation)context.Operation;
        foreach (var rule in rules)
        {
            rule.AnalyzeBinary(ruleContext, binary);
        }
    }

    [MethodImpl(Hot.Path)]
    internal static void RunCompound(ICompoundAssignmentRule[] rules, CompilationFacts facts, OperationAnalysisContext context)
    {
        var ruleContext = new RuleContext(context, facts);
        var compound = (ICompoundAssignmentOperation)context.Operation;
        foreach (var rule in rules)
        {
            rule.AnalyzeCompoundAssignment(ruleContext, compound);
        }
    }

    [MethodImpl(Hot.Path)]
    internal static void RunOperation(IOperationRule[] rules, CompilationFacts facts, OperationAnalysisContext context)
    {
        var ruleContext = new RuleContext(context, facts);
        foreach (var rule in rules)
        {
            rule.AnalyzeOperation(ruleContext, context.Operation);
        }
    }

    private static void RunSymbol(ISymbolRule[] rules, CompilationFacts facts, SymbolAnalysisContext context)
    {
        var ruleContext = new SymbolRuleContext(context, facts);
        foreach (var rule in rules)
        {
            rule.AnalyzeSymbol(ruleContext);
        }
    }

    private static List<OperationKind> KindsOf(List<IOperationRule> rules)
    {
        var kinds = new List<OperationKind>();
        foreach (var rule in rules)
        {
            foreach (var kind in rule.OperationKinds)
            {
                if (!kinds.Contains(kind))
                {
                    kinds.Add(kind);
                }
            }
        }

        return kinds;
    }

    private static List<SymbolKind> KindsOf(List<ISymbolRule> rules)
    {
        var kinds = new List<SymbolKind>();
        foreach (var rule in rules)
        {
            foreach (var kind in rule.SymbolKinds)
            {
                if (!kinds.Contains(kind))
                {
                    kinds.Add(kind);
                }
            }
        }

        return kinds;
    }

    private static ImmutableArray<DiagnosticDescriptor> AllDescriptors()
    {
        var all = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        foreach (var rule in Rules)
        {
            foreach (var descriptor in rule.SupportedDiagnostics)
            {
                if (!all.Contains(descriptor))
                {
                    all.Add(descriptor);
                }
            }
        }

        return all.ToImmutable();
    }
}

/// <summary>
/// Runs the call rules on invocations and object creations: each rule only on calls of methods its filter lets
/// through, as decided once per method definition for the compilation.
/// </summary>
internal sealed class CallDispatch
{
    private readonly ICallRule[] _rules;
    private readonly CompilationFacts _facts;

    // the rules for each called method's definition (what the filters decide on): every construction of a generic method
    // or of a method of a generic type shares its definition's entry, which is remembered by identity
    private readonly SymbolMemo<IMethodSymbol, ICallRule[]> _byMethod;

    public CallDispatch(ICallRule[] rules, CompilationFacts facts)
    {
        _rules = rules;
        _facts = facts;
        _byMethod = new SymbolMemo<IMethodSymbol, ICallRule[]>(Select);
    }

    [MethodImpl(Hot.Path)]
    public void Run(OperationAnalysisContext context)
    {
        IMethodSymbol? method;
        ImmutableArray<IArgumentOperation> arguments;
        if (context.Operation is IInvocationOperation invocation)
        {
            method = invocation.TargetMethod;
            arguments = invocation.Arguments;
        }
        else if (context.Operation is IObjectCreationOperation creation)
        {
            method = creation.Constructor;
            arguments = creation.Arguments;
        }
        else
        {
            return;
        }

        // no method (an error, a dynamic creation): every rule looks, as it would on its own
        var rules = method is null ? _rules : _byMethod.Get(method.OriginalDefinition);
        if (rules.Length == 0)
        {
            return;
        }

        var ruleContext = new RuleContext(context, _facts);
        foreach (var rule in rules)
        {
            rule.AnalyzeCall(ruleContext, context.Operation, method, arguments);
        }
    }

    /// <summary>The rules whose filter says a call of the method (a definition) can concern them.</summary>
    private ICallRule[] Select(IMethodSymbol definition)
    {
        var selected = new List<ICallRule>(_rules.Length);
        foreach (var rule in _rules)
        {
            if (rule.MayConcern(definition, _facts.Types))
            {
                selected.Add(rule);
            }
        }

        return selected.Count == 0 ? Array.Empty<ICallRule>() : selected.ToArray();
    }
}
