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
internal sealed class ObjectReader
{
    private readonly int _problemsAtStart;

    private ObjectReader(ReadContext context, JsonTreeNode node, string path)
    {
        Context = context;
        Node = node;
        Path = path;
        _problemsAtStart = context.ProblemCount;
    }

    public ReadContext Context { get; }

    public JsonTreeNode Node { get; }

    public string Path { get; }

    /// <summary>Whether nothing has been found wrong in the object since it was opened.</summary>
    public bool IsWhole => Context.ProblemCount == _problemsAtStart;

    /// <summary>Opens an object: reports it when it is not an object (and returns null), and reports each unknown
    /// property and each missing required one (the rest is still read, so that every problem surfaces).</summary>
    public static ObjectReader? Open(ReadContext context, JsonTreeNode node, string path, string what, string[] required, string[] optional)
    {
        if (node.Kind != JsonKind.Object)
        {
            context.Report(path, node, $"Expected {what} (a JSON object); found {node.Describe()}.");
            return null;
        }

        var reader = new ObjectReader(context, node, path);
        foreach (JsonProperty property in node.Properties)
        {
            if (Array.IndexOf(required, property.Name) < 0 && Array.IndexOf(optional, property.Name) < 0)
            {
                context.Report(DataPath.Property(path, property.Name), property.Line, property.Column, $"Unknown property {ReadContext.Quoted(property.Name)} in {what}; allowed: {string.Join(", ", [.. required, .. optional])}.");
            }
        }

        foreach (string name in required)
        {
            if (reader.Value(name) is null)
            {
                context.Report(path, node, name == "sources"
                    ? $"Missing \"sources\" in {what}: every fact needs at least one source with the exact quote that states it."
                    : $"Missing required property \"{name}\" in {what}.");
            }
        }

        return reader;
    }

    /// <summary>The property's value, or null when the object does not have it.</summary>
    public JsonTreeNode? Value(string name)
    {
        foreach (JsonProperty property in Node.Properties)
        {
            if (property.Name == name)
            {
                return property.Value;
            }
        }

        return null;
    }

    public bool Has(string name) => Value(name) is not null;

    public string PathOf(string name) => DataPath.Property(Path, name);

    /// <summary>Reads the object's <c>id</c> and registers it; null when it is missing, malformed or already used.</summary>
    public string? DefineId(EntityKind kind)
    {
        JsonTreeNode? node = Value("id");
        string? id = node is null ? null : Context.Id(node, PathOf("id"));
        return id is not null && Context.DefineId(id, kind, Path, node!) ? id : null;
    }

    public string? Id(string name) => Value(name) is JsonTreeNode node ? Context.Id(node, PathOf(name)) : null;

    public string? Reference(string name, params EntityKind[] kinds) =>
        Value(name) is JsonTreeNode node ? Context.Reference(node, PathOf(name), kinds) : null;

    public string? Text(string name) => Value(name) is JsonTreeNode node ? Context.Text(node, PathOf(name), $"\"{name}\"") : null;

    public TEnum? Enum<TEnum>(string name)
        where TEnum : struct, Enum =>
        Value(name) is JsonTreeNode node ? Context.Enum<TEnum>(node, PathOf(name), $"\"{name}\"") : null;

    public PartialDate? Date(string name) => Value(name) is JsonTreeNode node ? Context.Date(node, PathOf(name), name) : null;

    public int? Year(string name) => Value(name) is JsonTreeNode node ? Context.Year(node, PathOf(name), name) : null;

    public decimal? Decimal(string name) => Value(name) is JsonTreeNode node ? Context.Decimal(node, PathOf(name), $"\"{name}\"") : null;

    public decimal? NonNegative(string name) => Value(name) is JsonTreeNode node ? Context.NonNegative(node, PathOf(name), name) : null;

    public Currency? Currency(string name) => Value(name) is JsonTreeNode node ? Context.Currency(node, PathOf(name), name) : null;

    /// <summary>The items of an array property (empty when absent).</summary>
    public List<T> Items<T>(string name, Func<JsonTreeNode, string, T?> read) =>
        Value(name) is JsonTreeNode node ? Context.Items(node, PathOf(name), name, read) : [];

    /// <summary>The fact's citations: null when missing (already reported) or when any has a problem.</summary>
    public IReadOnlyList<SourceReference>? Sources()
    {
        if (Value("sources") is not JsonTreeNode node)
        {
            return null;
        }

        string path = PathOf("sources");
        if (node.Kind == JsonKind.Array && node.Items.Count == 0)
        {
            Context.Report(path, node, "\"sources\" is empty: every fact needs at least one source with the exact quote that states it.");
            return null;
        }

        int before = Context.ProblemCount;
        List<SourceReference> list = Context.Items(node, path, "sources", (item, itemPath) => SourceReferenceReader.Read(Context, item, itemPath));
        return Context.ProblemCount == before ? list : null;
    }

    /// <summary>Builds the domain object when nothing was found wrong in this object: the constructor checks the
    /// model's rules, and an argument error it throws becomes a problem located at the property the argument came from
    /// (<paramref name="locations"/> maps a parameter name to a property path such as <c>goal.year</c> where the two
    /// differ; a parameter with the name of a property maps to it).</summary>
    public T? Build<T>(Func<T> create, params (string Parameter, string Property)[] locations)
        where T : class =>
        TryBuild(create, locations, out T? value) ? value : null;

    /// <summary>As <see cref="Build{T}"/>, for a value type.</summary>
    public T? BuildValue<T>(Func<T> create, params (string Parameter, string Property)[] locations)
        where T : struct =>
        TryBuild(create, locations, out T value) ? value : null;

    private bool TryBuild<T>(Func<T> create, (string Parameter, string Property)[] locations, out T? value)
    {
        value = default;
        if (!IsWhole)
        {
            return false;
        }

        try
        {
            value = create();
            return true;
        }
        catch (ArgumentException ex)
        {
            (JsonTreeNode node, string path) = Locate(Where(ex, locations));
            Context.Report(path, node, ex is PolicyArgumentException located ? located.Reason : Reason(ex));
            return false;
        }
    }

    private static string? Where(ArgumentException ex, (string Parameter, string Property)[] locations)
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
            JsonTreeNode? next = null;
            foreach (JsonProperty property in node.Properties)
            {
                if (property.Name == name)
                {
                    next = property.Value;
                }
            }

            if (next is null)
            {
                return (node, path);
            }

            (node, path) = (next, DataPath.Property(path, name));
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

    /// <summary>An argument error's message without the parameter name and value .NET appends.</summary>
    private static string Reason(ArgumentException ex)
    {
        string message = ex.Message;
        int at = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }
}
