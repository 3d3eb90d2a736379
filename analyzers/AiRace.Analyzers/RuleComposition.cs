using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// What one rule registered in its <c>Initialize</c>: its operation and symbol actions and its compilation start
/// actions, collected so that <see cref="AiRaceAnalyzer"/> can combine them. Any other kind of registration is passed
/// straight to the compiler's context, so a rule keeps working whatever it registers.
/// </summary>
internal sealed class RuleRegistrations : AnalysisContext
{
    private readonly AnalysisContext _host;
    private readonly List<Action<CompilationStartAnalysisContext>> _compilationStart = new();
    private readonly List<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)> _operations = new();
    private readonly List<(Action<SymbolAnalysisContext> Action, ImmutableArray<SymbolKind> Kinds)> _symbols = new();

    private RuleRegistrations(DiagnosticAnalyzer rule, AnalysisContext host)
    {
        Rule = rule;
        _host = host;
    }

    /// <summary>The rule.</summary>
    public DiagnosticAnalyzer Rule { get; }

    /// <summary>Initialises the rule against a collecting context.</summary>
    public static RuleRegistrations Of(DiagnosticAnalyzer rule, AnalysisContext host)
    {
        var registrations = new RuleRegistrations(rule, host);
        rule.Initialize(registrations);
        return registrations;
    }

    /// <summary>
    /// Whether every diagnostic of the rule is off for the whole compilation: suppressed by the compilation options
    /// (<c>/nowarn</c>, a rule set), or by the global analyzer config and every tree's analyzer config, or disabled by
    /// default and enabled nowhere. Anything less certain counts as on.
    /// </summary>
    public bool IsSwitchedOff(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var descriptor in Rule.SupportedDiagnostics)
        {
            if (!IsOff(descriptor, compilation, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds the rule's actions for one compilation.</summary>
    public void AddTo(CombinedActions combined)
    {
        combined.CurrentRule = Rule;
        foreach (var (action, kinds) in _operations)
        {
            combined.Add(action, kinds);
        }

        foreach (var (action, kinds) in _symbols)
        {
            combined.Add(action, kinds);
        }

        foreach (var action in _compilationStart)
        {
            action(combined);
        }

        combined.CurrentRule = null;
    }

    /// <inheritdoc/>
    public override void EnableConcurrentExecution()
    {
        // the host enables it for all rules
    }

    /// <inheritdoc/>
    public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
    {
        // the host skips generated code for all rules
    }

    /// <inheritdoc/>
    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => _compilationStart.Add(action);

    /// <inheritdoc/>
    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _operations.Add((action, operationKinds));

    /// <inheritdoc/>
    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _symbols.Add((action, symbolKinds));

    /// <inheritdoc/>
    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => _host.RegisterCompilationAction(action);

    /// <inheritdoc/>
    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _host.RegisterSemanticModelAction(action);

    /// <inheritdoc/>
    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _host.RegisterCodeBlockStartAction(action);

    /// <inheritdoc/>
    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _host.RegisterCodeBlockAction(action);

    /// <inheritdoc/>
    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _host.RegisterSyntaxTreeAction(action);

    /// <inheritdoc/>
    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => _host.RegisterSyntaxNodeAction(action, syntaxKinds);

    /// <inheritdoc/>
    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _host.RegisterOperationBlockStartAction(action);

    /// <inheritdoc/>
    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _host.RegisterOperationBlockAction(action);

    /// <inheritdoc/>
    public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => _host.RegisterSymbolStartAction(action, symbolKind);

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

/// <summary>
/// The actions of all running rules for one compilation, combined into one compiler callback per operation kind and
/// symbol kind. Everything else a rule registers at compilation start goes straight to the compiler's context.
/// </summary>
internal sealed class CombinedActions : CompilationStartAnalysisContext
{
    private readonly CompilationStartAnalysisContext _start;
    private readonly Dictionary<OperationKind, List<(IMethodFilter? Filter, Action<OperationAnalysisContext> Action)>> _operations = new();
    private readonly Dictionary<SymbolKind, List<Action<SymbolAnalysisContext>>> _symbols = new();

    /// <summary>Collects for one compilation.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1012", Justification = "The context is kept and registers the combined actions in Register.")]
    public CombinedActions(CompilationStartAnalysisContext start)
        : base(start.Compilation, start.Options, start.CancellationToken)
    {
        _start = start;
    }

    /// <summary>The rule whose actions are being added (its method filter applies to its call actions).</summary>
    public DiagnosticAnalyzer? CurrentRule { get; set; }

    /// <summary>Adds an operation action of <see cref="CurrentRule"/> for the given kinds.</summary>
    public void Add(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> kinds)
    {
        var filter = CurrentRule as IMethodFilter;
        foreach (var kind in kinds)
        {
            if (!_operations.TryGetValue(kind, out var list))
            {
                _operations.Add(kind, list = new List<(IMethodFilter?, Action<OperationAnalysisContext>)>());
            }

            list.Add((kind is OperationKind.Invocation or OperationKind.ObjectCreation ? filter : null, action));
        }
    }

    /// <summary>Adds a symbol action for the given kinds.</summary>
    public void Add(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> kinds)
    {
        foreach (var kind in kinds)
        {
            if (!_symbols.TryGetValue(kind, out var list))
            {
                _symbols.Add(kind, list = new List<Action<SymbolAnalysisContext>>());
            }

            list.Add(action);
        }
    }

    /// <summary>Registers one compiler callback per kind that runs the rules' actions in order.</summary>
    public void Register()
    {
        foreach (var pair in _operations)
        {
            var always = pair.Value.Where(entry => entry.Filter is null).Select(entry => entry.Action).ToArray();
            var filtered = pair.Value.Where(entry => entry.Filter is not null).ToArray();
            if (filtered.Length > 0)
            {
                var calls = new CallDispatch(always, filtered, KnownTypes.Create(Compilation));
                _start.RegisterOperationAction(calls.Run, pair.Key);
            }
            else
            {
                _start.RegisterOperationAction(always.Length == 1 ? always[0] : context => RunAll(always, context), pair.Key);
            }
        }

        foreach (var pair in _symbols)
        {
            var actions = pair.Value.ToArray();
            _start.RegisterSymbolAction(actions.Length == 1 ? actions[0] : context => RunAll(actions, context), pair.Key);
        }
    }

    /// <inheritdoc/>
    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => Add(action, operationKinds);

    /// <inheritdoc/>
    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Add(action, symbolKinds);

    /// <inheritdoc/>
    public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _start.RegisterCompilationEndAction(action);

    /// <inheritdoc/>
    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _start.RegisterSemanticModelAction(action);

    /// <inheritdoc/>
    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _start.RegisterCodeBlockStartAction(action);

    /// <inheritdoc/>
    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _start.RegisterCodeBlockAction(action);

    /// <inheritdoc/>
    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _start.RegisterSyntaxTreeAction(action);

    /// <inheritdoc/>
    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => _start.RegisterSyntaxNodeAction(action, syntaxKinds);

    /// <inheritdoc/>
    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _start.RegisterOperationBlockStartAction(action);

    /// <inheritdoc/>
    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _start.RegisterOperationBlockAction(action);

    /// <inheritdoc/>
    public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => _start.RegisterSymbolStartAction(action, symbolKind);

    [System.Runtime.CompilerServices.MethodImpl(Hot.Path)]
    private static void RunAll(Action<OperationAnalysisContext>[] actions, OperationAnalysisContext context)
    {
        foreach (var action in actions)
        {
            action(context);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(Hot.Path)]
    private static void RunAll(Action<SymbolAnalysisContext>[] actions, SymbolAnalysisContext context)
    {
        foreach (var action in actions)
        {
            action(context);
        }
    }
}

/// <summary>
/// Runs the actions for one call kind (invocation or object creation): those of rules without a method filter on every
/// call, the others only on calls of methods their rule may report, as decided once per method for the compilation.
/// </summary>
internal sealed class CallDispatch
{
    private readonly Action<OperationAnalysisContext>[] _always;
    private readonly (IMethodFilter? Filter, Action<OperationAnalysisContext> Action)[] _filtered;
    private readonly Action<OperationAnalysisContext>[] _allFiltered;
    private readonly KnownTypes _types;
    private readonly ConcurrentDictionary<IMethodSymbol, Action<OperationAnalysisContext>[]> _byMethod = new(SymbolEqualityComparer.Default);

    public CallDispatch(Action<OperationAnalysisContext>[] always, (IMethodFilter? Filter, Action<OperationAnalysisContext> Action)[] filtered, KnownTypes types)
    {
        _always = always;
        _filtered = filtered;
        _allFiltered = filtered.Select(entry => entry.Action).ToArray();
        _types = types;
    }

    [System.Runtime.CompilerServices.MethodImpl(Hot.Path)]
    public void Run(OperationAnalysisContext context)
    {
        foreach (var action in _always)
        {
            action(context);
        }

        var method = context.Operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };

        // no method (an error, a dynamic call): every rule looks, as it would on its own
        var actions = method is null ? _allFiltered : For(method.OriginalDefinition);
        foreach (var action in actions)
        {
            action(context);
        }
    }

    private Action<OperationAnalysisContext>[] For(IMethodSymbol definition)
    {
        if (_byMethod.TryGetValue(definition, out var known))
        {
            return known;
        }

        var selected = new List<Action<OperationAnalysisContext>>(_filtered.Length);
        foreach (var (filter, action) in _filtered)
        {
            if (filter!.MayConcern(definition, _types))
            {
                selected.Add(action);
            }
        }

        return _byMethod.GetOrAdd(definition, selected.Count == 0 ? Array.Empty<Action<OperationAnalysisContext>>() : selected.ToArray());
    }
}
