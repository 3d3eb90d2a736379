using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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

    // what the rule registered, replayed in order into each compilation's combined actions (reference types throughout
    // the composition: a generic collection of a value type is JIT-compiled for that type in every compiler process)
    private readonly List<Action<CombinedActions>> _registrations = new();

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
        foreach (var register in _registrations)
        {
            register(combined);
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
    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => _registrations.Add(action);

    /// <inheritdoc/>
    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
        _registrations.Add(combined => combined.Add(action, operationKinds));

    /// <inheritdoc/>
    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
        _registrations.Add(combined => combined.Add(action, symbolKinds));

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
    private readonly List<OperationKindActions> _operations = new();
    private readonly List<SymbolKindActions> _symbols = new();

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
        for (int i = 0; i < kinds.Length; i++)
        {
            var kind = kinds[i];
            var forKind = _operations.Find(entry => entry.Kind == kind);
            if (forKind is null)
            {
                _operations.Add(forKind = new OperationKindActions(kind));
            }

            if (kind is OperationKind.Invocation or OperationKind.ObjectCreation && filter is not null)
            {
                forKind.Filtered.Add(new FilteredAction(filter, action));
            }
            else
            {
                forKind.Always.Add(action);
            }
        }
    }

    /// <summary>Adds a symbol action for the given kinds.</summary>
    public void Add(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> kinds)
    {
        for (int i = 0; i < kinds.Length; i++)
        {
            var kind = kinds[i];
            var forKind = _symbols.Find(entry => entry.Kind == kind);
            if (forKind is null)
            {
                _symbols.Add(forKind = new SymbolKindActions(kind));
            }

            forKind.Actions.Add(action);
        }
    }

    /// <summary>Registers one compiler callback per kind that runs the rules' actions in order.</summary>
    public void Register()
    {
        foreach (var forKind in _operations)
        {
            var always = forKind.Always.ToArray();
            if (forKind.Filtered.Count > 0)
            {
                var calls = new CallDispatch(always, forKind.Filtered.ToArray(), KnownTypes.Create(Compilation));
                _start.RegisterOperationAction(calls.Run, forKind.Kind);
            }
            else
            {
                _start.RegisterOperationAction(always.Length == 1 ? always[0] : context => RunAll(always, context), forKind.Kind);
            }
        }

        foreach (var forKind in _symbols)
        {
            var actions = forKind.Actions.ToArray();
            _start.RegisterSymbolAction(actions.Length == 1 ? actions[0] : context => RunAll(actions, context), forKind.Kind);
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
    private readonly FilteredAction[] _filtered;
    private readonly Action<OperationAnalysisContext>[] _allFiltered;
    private readonly KnownTypes _types;

    // the actions for each called method's definition (the filters decide on it): every construction of a generic method
    // or of a method of a generic type shares its definition's entry, which is remembered by identity
    private readonly SymbolMemo<IMethodSymbol, Action<OperationAnalysisContext>[]> _byMethod;

    public CallDispatch(Action<OperationAnalysisContext>[] always, FilteredAction[] filtered, KnownTypes types)
    {
        _always = always;
        _filtered = filtered;
        _allFiltered = new Action<OperationAnalysisContext>[filtered.Length];
        for (int i = 0; i < filtered.Length; i++)
        {
            _allFiltered[i] = filtered[i].Action;
        }

        _types = types;
        _byMethod = new SymbolMemo<IMethodSymbol, Action<OperationAnalysisContext>[]>(Select);
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
        var actions = method is null ? _allFiltered : _byMethod.Get(method.OriginalDefinition);
        foreach (var action in actions)
        {
            action(context);
        }
    }

    /// <summary>The actions of the rules whose filter says a call of the method (a definition) can concern them.</summary>
    private Action<OperationAnalysisContext>[] Select(IMethodSymbol definition)
    {
        var selected = new List<Action<OperationAnalysisContext>>(_filtered.Length);
        foreach (var entry in _filtered)
        {
            if (entry.Filter.MayConcern(definition, _types))
            {
                selected.Add(entry.Action);
            }
        }

        return selected.Count == 0 ? Array.Empty<Action<OperationAnalysisContext>>() : selected.ToArray();
    }
}

/// <summary>An operation action on calls and the method filter of its rule.</summary>
internal sealed class FilteredAction
{
    public FilteredAction(IMethodFilter filter, Action<OperationAnalysisContext> action)
    {
        Filter = filter;
        Action = action;
    }

    public IMethodFilter Filter { get; }

    public Action<OperationAnalysisContext> Action { get; }
}

/// <summary>The rules' actions for one operation kind: those run on every operation, and those behind a method filter.</summary>
internal sealed class OperationKindActions
{
    public OperationKindActions(OperationKind kind) => Kind = kind;

    public OperationKind Kind { get; }

    public List<Action<OperationAnalysisContext>> Always { get; } = new();

    public List<FilteredAction> Filtered { get; } = new();
}

/// <summary>The rules' actions for one symbol kind.</summary>
internal sealed class SymbolKindActions
{
    public SymbolKindActions(SymbolKind kind) => Kind = kind;

    public SymbolKind Kind { get; }

    public List<Action<SymbolAnalysisContext>> Actions { get; } = new();
}
