using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core.Policy;

namespace AiRace.Core.Analysis;

/// <summary>
/// A declared column of a <see cref="ResultTable"/>: its name, the kind of its cells and what the kind needs to keep
/// its meaning — a decimal column its unit, a money column its currency (one for the column, or each cell its own),
/// a share its unit (percent), a date its precision (<see cref="ColumnKind.Date"/> is known to the day,
/// <see cref="ColumnKind.PartialDate"/> to whatever each cell knows). Exports read these declarations, never strings:
/// <see cref="Fields"/> says which fields a column is written as. Build tables with <see cref="ResultTableBuilder"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; two columns are equal when name, kind, unit and currency are.</remarks>
public sealed record TableColumn
{
    /// <summary>The suffix of the field that holds each cell's currency code, for a money column without a currency of its own.</summary>
    public const string CurrencyFieldSuffix = "_currency";

    /// <summary>Declares a column.</summary>
    /// <param name="name">The column's name: ASCII letters, digits, '_' and '-'.</param>
    /// <param name="kind">The kind of its cells.</param>
    /// <param name="unit">The unit: required for <see cref="ColumnKind.Decimal"/>, optional for
    /// <see cref="ColumnKind.Integer"/>, not allowed for other kinds (shares are in percent, ratios are multiples, money
    /// is in its currency).</param>
    /// <param name="currency">For <see cref="ColumnKind.Money"/>, the one currency of every cell; null when each cell
    /// carries its own. Not allowed for other kinds.</param>
    /// <exception cref="ArgumentException">The name is empty or has other characters, a decimal column has no unit, a
    /// unit or currency is given where the kind has none, or the unit holds '[' or ']' or half a surrogate pair.</exception>
    public TableColumn(string name, ColumnKind kind, string? unit = null, Currency? currency = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw new ArgumentException($"Column name '{name}' may only hold ASCII letters, digits, '_' and '-'.", nameof(name));
        }

        Guard.Defined(kind);
        unit = string.IsNullOrWhiteSpace(unit) ? null : unit;
        if (kind == ColumnKind.Decimal && unit is null)
        {
            throw new ArgumentException($"Decimal column '{name}' needs a unit (such as \"percent\" or \"CNY per USD\"): a bare number loses its meaning. Money goes in a money column.", nameof(unit));
        }

        if (unit is not null && kind is not (ColumnKind.Decimal or ColumnKind.Integer))
        {
            throw new ArgumentException($"Column '{name}' holds {kind} values, whose unit is fixed by their kind; only decimal and integer columns take a unit.", nameof(unit));
        }

        if (unit is not null && (unit.Contains('[', StringComparison.Ordinal) || unit.Contains(']', StringComparison.Ordinal)))
        {
            throw new ArgumentException($"The unit of column '{name}' may not contain '[' or ']'.", nameof(unit));
        }

        if (currency is not null && kind != ColumnKind.Money)
        {
            throw new ArgumentException($"Column '{name}' holds {kind} values; only a money column has a currency.", nameof(currency));
        }

        if (unit is not null)
        {
            ResultTable.CheckText(unit, $"The unit of column '{name}'", nameof(unit));
        }

        Name = name;
        Kind = kind;
        Unit = unit;
        Currency = currency;
    }

    /// <summary>The column's name.</summary>
    public string Name { get; }

    /// <summary>The kind of its cells.</summary>
    public ColumnKind Kind { get; }

    /// <summary>The unit a decimal (or integer) column states; null for other kinds.</summary>
    public string? Unit { get; }

    /// <summary>For a money column, the currency of every cell; null when each cell carries its own (and for other kinds).</summary>
    public Currency? Currency { get; }

    /// <summary>The unit as written in the header of the column's number field: the stated unit, the currency code,
    /// "percent" for shares, "ratio" for ratios; null where there is none (or each cell has its own currency).</summary>
    public string? DisplayUnit => Kind switch
    {
        ColumnKind.Money => Currency?.Code,
        ColumnKind.Share => "percent",
        ColumnKind.Ratio => "ratio",
        _ => Unit,
    };

    /// <summary>The column's name with its unit in brackets, such as <c>value [USD]</c>; the name alone where there is no unit.</summary>
    public string Header => DisplayUnit is string u ? Name + " [" + u + "]" : Name;

    /// <summary>The fields the column is exported as, in order: one field, or for money without a column currency the
    /// amount (<c>value</c>) and then the currency code (<c>value_currency</c>).</summary>
    public IReadOnlyList<TableField> Fields => Kind switch
    {
        ColumnKind.Text or ColumnKind.PartialDate => [new TableField(Name, FieldType.Text)],
        ColumnKind.Integer => [new TableField(Header, FieldType.Integer)],
        ColumnKind.Date => [new TableField(Name, FieldType.Date)],
        ColumnKind.Boolean => [new TableField(Name, FieldType.Boolean)],
        ColumnKind.Money when Currency is null => [new TableField(Name, FieldType.Decimal), new TableField(Name + CurrencyFieldSuffix, FieldType.Text)],
        _ => [new TableField(Header, FieldType.Decimal)],
    };

    /// <summary>The header and kind, such as "value [USD] (Money)" or "amount (Money, each cell in its own currency)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind == ColumnKind.Money && Currency is null
        ? Header + " (Money, each cell in its own currency)"
        : Header + " (" + Kind + ")";

    /// <summary>How many fields the column is exported as.</summary>
    internal int FieldCount => Kind == ColumnKind.Money && Currency is null ? 2 : 1;

    /// <summary>Whether a cell (not null) is of this column's kind (and, for money, of its currency).</summary>
    internal bool Fits(object cell) => Kind switch
    {
        ColumnKind.Text => cell is string,
        ColumnKind.Integer => cell is long,
        ColumnKind.Decimal => cell is decimal,
        ColumnKind.Date => cell is DateOnly,
        ColumnKind.Boolean => cell is bool,
        ColumnKind.Money => cell is AiRace.Core.Money m && (Currency is null || m.Currency == Currency),
        ColumnKind.Share => cell is AiRace.Core.Share,
        ColumnKind.Ratio => cell is AiRace.Core.Ratio,
        ColumnKind.PartialDate => cell is Policy.PartialDate,
        _ => false,
    };

    /// <summary>Writes a cell as the values of <see cref="Fields"/>, from <paramref name="into"/>[<paramref name="at"/>] on.</summary>
    internal void Flatten(object? cell, object?[] into, int at)
    {
        switch (cell)
        {
            case null:
                into[at] = null;
                if (FieldCount == 2)
                {
                    into[at + 1] = null;
                }

                break;
            case AiRace.Core.Money m:
                into[at] = m.Amount;
                if (FieldCount == 2)
                {
                    into[at + 1] = m.Currency.Code;
                }

                break;
            case AiRace.Core.Share s:
                into[at] = s.Percent;
                break;
            case AiRace.Core.Ratio r:
                into[at] = r.Value;
                break;
            case Policy.PartialDate d:
                into[at] = d.ToString();
                break;
            default:
                into[at] = cell;
                break;
        }
    }

    /// <summary>Reads a cell back from the values of <see cref="Fields"/> (each already of its field's type).</summary>
    /// <returns>The cell, or null with <paramref name="error"/> saying why the values are not a cell of this column.</returns>
    internal object? Unflatten(ReadOnlySpan<object?> values, out string? error)
    {
        error = null;
        object? first = values[0];
        switch (Kind)
        {
            case ColumnKind.Money:
                if (FieldCount == 1)
                {
                    return first is decimal fixedAmount ? AiRace.Core.Money.Of(fixedAmount, Currency!.Value) : null;
                }

                object? code = values[1];
                if (first is null && code is null)
                {
                    return null;
                }

                if (first is not decimal amount || code is not string text)
                {
                    error = first is null
                        ? $"a currency ({(code is string given ? AiRace.Core.Text.HiddenCharacters.ShownInput(given) : code)}) without an amount; both or neither are given"
                        : "an amount without a currency code in the field " + Name + CurrencyFieldSuffix;
                    return null;
                }

                if (!AiRace.Core.Currency.TryFromCode(text, out AiRace.Core.Currency currency))
                {
                    error = $"'{AiRace.Core.Text.HiddenCharacters.ShownInput(text)}' is not an ISO 4217 currency code";
                    return null;
                }

                return AiRace.Core.Money.Of(amount, currency);
            case ColumnKind.Share when first is decimal percent:
                if (AiRace.Core.Share.TryFromPercent(percent, out AiRace.Core.Share share))
                {
                    return share;
                }

                error = string.Create(CultureInfo.InvariantCulture, $"{percent} percent is not a share");
                return null;
            case ColumnKind.Ratio when first is decimal multiple:
                if (multiple >= 0m)
                {
                    return AiRace.Core.Ratio.Of(multiple);
                }

                error = string.Create(CultureInfo.InvariantCulture, $"{multiple} is not a ratio (ratios are not negative)");
                return null;
            case ColumnKind.PartialDate when first is string dateText:
                if (Policy.PartialDate.TryParse(dateText, out Policy.PartialDate date, out string? why))
                {
                    return date;
                }

                error = why; // names the text and the forms a date takes
                return null;
            default:
                return first;
        }
    }
}
