using System;
using System.Collections.Generic;
using AiRace.Core.Policy;

namespace AiRace.Core.Data.Reading;

/// <summary>
/// Reads the properties of one JSON object that stands for a fact or a value: reports unknown and missing properties
/// when opened, reads each property by name (reporting what is wrong, located at the property), and finally builds the
/// domain object, turning the argument errors of its constructor (which owns the rules) into problems located at the
/// property the argument came from.
/// </summary>
internal sealed class ObjectReader : IPathed
{
    private readonly int _problemsAtStart;
    private readonly Where _where;
    private readonly string? _partNoun;
    private readonly PolicyFact _partOwner;
    private readonly bool _builtWithOwner;
    private string? _path;

    private ObjectReader(ReadContext context, JsonTreeNode node, Where where, string? partNoun, PolicyFact partOwner, bool builtWithOwner)
    {
        Context = context;
        Node = node;
        _where = where;
        _partNoun = partOwner.Noun is null ? null : partNoun;
        _partOwner = partOwner;
        _builtWithOwner = builtWithOwner;
        _problemsAtStart = context.ProblemCount;
    }

    public ReadContext Context { get; }

    public JsonTreeNode Node { get; }

    /// <summary>Where the object is in the document (its <see cref="Path"/> without this reader).</summary>
    public Where Where => _where;

    /// <summary>The object's path, written out when first asked for (for a problem).</summary>
    public string Path => _path ??= _where.Path;

    /// <summary>The part of a fact the object is, named with the fact, or for an object nested in such a part (a period's
    /// length) that part, or null: written out only for a problem.</summary>
    public string? Within => _partNoun is null ? _where.Within : PolicyFact.PartOf(_partNoun, _partOwner).ToString();

    /// <summary>Whether nothing has been found wrong in the object since it was opened.</summary>
    public bool IsWhole => Context.ProblemCount == _problemsAtStart;

    /// <summary>Opens an object: reports it when it is not an object (and returns null), and reports each unknown
    /// property and each missing required one (the rest is still read, so that every problem surfaces).</summary>
    public static ObjectReader? Open(ReadContext context, JsonTreeNode node, Where where, string what, string[] required, string[] optional) =>
        Open(context, node, where, what, required, optional, null, default, builtWithOwner: true);

    /// <summary>As <see cref="Open(ReadContext, JsonTreeNode, Where, string, string[], string[])"/>, for a part of a fact
    /// (<paramref name="partNoun"/>: <c>citation</c>) that belongs to <paramref name="owner"/>: the problems of its
    /// values name the part with its fact (<see cref="Within"/>) when the fact's id is known.
    /// <paramref name="builtWithOwner"/> tells whether the part's constructor is given its fact and names it (a citation,
    /// a period; a programme's part names itself by its own id); when it is not (a reported amount, a metric value), what
    /// the constructor finds is followed by the part named with its fact, as the problems of its values are.</summary>
    public static ObjectReader? Open(ReadContext context, JsonTreeNode node, Where where, string what, string[] required, string[] optional, string? partNoun, PolicyFact owner, bool builtWithOwner = true)
    {
        if (node.Kind != JsonKind.Object)
        {
            if (partNoun is null || owner.Noun is null)
            {
                context.Report(where, node, $"Expected {what} (a JSON object); found {node.Describe()}.");
            }
            else
            {
                context.Report(where.Path, node, $"Expected {PolicyFact.PartOf(partNoun, owner)} (a JSON object); found {node.Describe()}.");
            }
            return null;
        }

        var reader = new ObjectReader(context, node, where, partNoun, owner, builtWithOwner);
        foreach (JsonProperty property in node.Properties)
        {
            if (Array.IndexOf(required, property.Name) < 0 && Array.IndexOf(optional, property.Name) < 0)
            {
                context.Report(DataPath.Property(reader.Path, property.Name), property.Offset, $"Unknown property {ReadContext.Quoted(property.Name)} in {reader.Named(what)}; allowed: {string.Join(", ", [.. required, .. optional])}.");
            }
        }

        foreach (string name in required)
        {
            if (reader.Value(name) is null)
            {
                context.Report(reader.Path, node, name == "sources"
                    ? $"Missing \"sources\" in {reader.Named(what)}: every fact needs at least one source with the exact quote that states it."
                    : $"Missing required property \"{name}\" in {reader.Named(what)}.");
            }
        }

        return reader;
    }

    /// <summary>How a message about the object itself names it: a part of a fact with its fact (<c>a citation of the
    /// programme "p1"</c>), an object nested in a part with that part (<c>a duration (in a period of the programme
    /// "p1")</c>), anything else as <paramref name="what"/> (<c>a duration</c>).</summary>
    private string Named(string what) =>
        _partNoun is not null ? PolicyFact.PartOf(_partNoun, _partOwner).ToString()
        : _where.Within is string within ? what + " (in " + within + ")"
        : what;

    /// <summary>What the constructor found, naming at the end the part of a fact the object is or is nested in (a
    /// reported amount of a programme, a period's length), as the object's values do; a part whose constructor is given
    /// its fact (a citation, a period), or a programme's part, which has an id of its own, names it itself.</summary>
    private string InFact(string message) => _partNoun is not null && _builtWithOwner ? message : ReadContext.In(message, Within);

    /// <summary>The property's value, or null when the object does not have it.</summary>
    public JsonTreeNode? Value(string name) => Node.Property(name);

    public bool Has(string name) => Value(name) is not null;

    public string PathOf(string name) => DataPath.Property(Path, name);

    /// <summary>Reads the object's <c>id</c> and registers it; null when it is missing, malformed or already used.</summary>
    public string? DefineId(EntityKind kind)
    {
        if (Value("id") is not JsonTreeNode node)
        {
            return null;
        }

        string? id = Context.Id(node, At("id"));
        return id is not null && Context.DefineId(id, kind, _where, node) ? id : null;
    }

    /// <summary>Where a property of this object is.</summary>
    public Where At(string name) => Where.Property(this, name);

    public string? Id(string name) => Value(name) is JsonTreeNode node ? Context.Id(node, At(name)) : null;

    public string? Reference(string name, params ReadOnlySpan<EntityKind> kinds) =>
        Value(name) is JsonTreeNode node ? Context.Reference(node, At(name), kinds) : null;

    public string? Text(string name) => Value(name) is JsonTreeNode node ? Context.Text(node, At(name)) : null;

    public TEnum? Enum<TEnum>(string name)
        where TEnum : struct, Enum =>
        Value(name) is JsonTreeNode node ? Context.Enum<TEnum>(node, At(name)) : null;

    public PartialDate? Date(string name) => Value(name) is JsonTreeNode node ? Context.Date(node, At(name)) : null;

    public int? Year(string name) => Value(name) is JsonTreeNode node ? Context.Year(node, At(name)) : null;

    public decimal? Decimal(string name) => Value(name) is JsonTreeNode node ? Context.Decimal(node, At(name)) : null;

    public decimal? NonNegative(string name) => Value(name) is JsonTreeNode node ? Context.NonNegative(node, At(name)) : null;

    public Currency? Currency(string name) => Value(name) is JsonTreeNode node ? Context.Currency(node, At(name)) : null;

    /// <summary>The items of an array property (empty when absent).</summary>
    public List<T> Items<T>(string name, Func<ReadContext, JsonTreeNode, Where, T?> read) =>
        Value(name) is JsonTreeNode node ? Context.Items(node, At(name), read) : [];

    /// <summary>The items of an array property (empty when absent), each read with <paramref name="state"/>.</summary>
    public List<T> Items<T, TState>(string name, TState state, Func<ReadContext, JsonTreeNode, Where, TState, T?> read) =>
        Value(name) is JsonTreeNode node ? Context.Items(node, At(name), state, read) : [];

    /// <summary>Reads an object-valued property with <paramref name="read"/>, or null when it is absent.</summary>
    public T? Object<T>(string name, Func<ReadContext, JsonTreeNode, Where, T?> read)
        where T : class =>
        Value(name) is JsonTreeNode node ? read(Context, node, At(name)) : null;

    /// <summary>The fact the object stands for, as the errors of its parts name it (<c>the programme "p1"</c>), or
    /// <c>default</c> while its id is unknown (missing, malformed or a duplicate).</summary>
    public static PolicyFact Fact(string noun, string? id) => id is null ? default : new PolicyFact(noun, id);

    /// <summary>The fact's citations: null when missing (already reported) or when any has a problem.
    /// <paramref name="owner"/> is the fact they cite for, which their errors name.</summary>
    public IReadOnlyList<SourceReference>? Sources(PolicyFact owner)
    {
        if (Value("sources") is not JsonTreeNode node)
        {
            return null;
        }

        if (node.Kind == JsonKind.Array && node.Items.Count == 0)
        {
            Context.Report(PathOf("sources"), node, "\"sources\" is empty: every fact needs at least one source with the exact quote that states it.");
            return null;
        }

        int before = Context.ProblemCount;
        List<SourceReference> list = Context.Items(node, At("sources"), owner, static (c, n, w, f) => SourceReferenceReader.Read(c, n, w, f));
        return Context.ProblemCount == before ? Context.Citations(list) : null;
    }

    /// <summary>Builds the domain object from the values read (<paramref name="values"/>) when nothing was found wrong
    /// in this object: the constructor checks the model's rules, and an argument error it throws becomes a problem
    /// located at the property the argument came from (<paramref name="locations"/> maps a parameter name to a property
    /// path such as <c>goal.year</c> where the two differ; a parameter with the name of a property maps to it).</summary>
    public T? Build<TValues, T>(TValues values, Func<TValues, T> create, params ReadOnlySpan<(string Parameter, string Property)> locations)
        where T : class =>
        TryBuild(values, create, locations, out T? value) ? value : null;

    /// <summary>As <see cref="Build{TValues, T}"/>, for a value type.</summary>
    public T? BuildValue<TValues, T>(TValues values, Func<TValues, T> create, params ReadOnlySpan<(string Parameter, string Property)> locations)
        where T : struct =>
        TryBuild(values, create, locations, out T value) ? value : null;

    private bool TryBuild<TValues, T>(TValues values, Func<TValues, T> create, ReadOnlySpan<(string Parameter, string Property)> locations, out T? value)
    {
        value = default;
        if (!IsWhole)
        {
            return false;
        }

        try
        {
            value = create(values);
            return true;
        }
        catch (ArgumentException ex)
        {
            (JsonTreeNode node, string path) = Locate(Origin(ex, locations));
            Context.Report(path, node, InFact(ex is PolicyArgumentException located ? located.Reason : Guard.Reason(ex)));
            return false;
        }
    }

    private static string? Origin(ArgumentException ex, ReadOnlySpan<(string Parameter, string Property)> locations)
    {
        string? where = ex.ParamName;
        foreach ((string parameter, string property) in locations)
        {
            if (parameter == ex.ParamName)
            {
                where = property;
            }
        }

        if (ex is PolicyArgumentException item && where is not null)
        {
            where += "[" + item.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]" + (item.Member is null ? string.Empty : "." + item.Member);
        }

        return where;
    }

    /// <summary>Follows a relative property path (<c>parts[1].amount</c>) as far as the document has it.</summary>
    private (JsonTreeNode Node, string Path) Locate(string? relative)
    {
        JsonTreeNode node = Node;
        string path = Path;
        if (relative is null)
        {
            return (node, path);
        }

        foreach (string segment in relative.Split('.'))
        {
            int bracket = segment.IndexOf('[', StringComparison.Ordinal);
            string name = bracket < 0 ? segment : segment[..bracket];
            JsonTreeNode? next = node.Property(name);
            if (next is null)
            {
                return (node, path);
            }

            (node, path) = (next.Value, DataPath.Property(path, name));
            if (bracket >= 0)
            {
                int index = int.Parse(segment.AsSpan(bracket + 1, segment.Length - bracket - 2), System.Globalization.CultureInfo.InvariantCulture);
                if (index >= node.Items.Count)
                {
                    return (node, path);
                }

                (node, path) = (node.Items[index], DataPath.Index(path, index));
            }
        }

        return (node, path);
    }
}
