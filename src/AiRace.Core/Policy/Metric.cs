namespace AiRace.Core.Policy;

/// <summary>A measured quantity that targets and indicators refer to ("domestic chips' share of China's AI
/// accelerator market"), with the kind of value it takes.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Metric
{
    /// <summary>Creates a metric.</summary>
    /// <param name="id">A stable id.</param>
    /// <param name="name">What it measures, in a few words.</param>
    /// <param name="valueKind">The kind of value it takes.</param>
    /// <param name="description">A longer definition, or null.</param>
    /// <exception cref="System.ArgumentException">A value is missing or malformed.</exception>
    public Metric(string id, string name, MetricValueKind valueKind, string? description = null)
    {
        Id = PolicyGuard.Id(id, new PolicyFact("metric", null));
        var fact = new PolicyFact("metric", Id);
        Name = PolicyGuard.Text(name, fact);
        PolicyGuard.Defined(valueKind, fact);
        ValueKind = valueKind;
        Description = PolicyGuard.OptionalText(description, fact);
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>What it measures.</summary>
    public string Name { get; }

    /// <summary>The kind of value it takes.</summary>
    public MetricValueKind ValueKind { get; }

    /// <summary>A longer definition, or null.</summary>
    public string? Description { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Id})";
}
