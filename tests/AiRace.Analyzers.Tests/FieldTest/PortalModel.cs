using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;

namespace Portal.Subsidies;

public enum ClaimantKind { City, Fund }

/// <summary>The limits the portal applies: the national compute-voucher ceiling per city in yuan, the partner
/// fund ceiling in dollars, the EU match in euros and Tokyo's ceiling in yen.</summary>
public static class PortalLimits
{
    public const string HomeCode = "CNY";
    public static readonly Money CityCap = Money.Millions(50m, Currency.CNY);
    public static readonly Money FundCap = Money.Millions(20m, Currency.USD);
    public static readonly Money EuroMatchCap = Money.Of(5_000_000m, "EUR");
    public static readonly Money TokyoCap = Money.Millions(2_387_240m, Currency.JPY); // clean: 2.4 trillion yen in millions, as a Japanese report states it (AIR0011's page)
    public static readonly Money FilingFee = Money.Parse("CNY 2,500");
    public static readonly Money ProvincialPool = Money.Millions(800_000_000m, Currency.CNY); // expect: AIR0011
    public static readonly Money LegacyFee = Money.Parse("RMB 2,500"); // expect: AIR0003
    public static readonly DateOnly RateDate = new(2025, 6, 30);

    public static readonly Dictionary<string, Money> CityCeilings = new(StringComparer.Ordinal)
    {
        ["shenzhen"] = Money.Millions(60m, Currency.CNY),
        ["shanghai"] = Money.Millions(55m, Currency.CNY),
        ["tokyo"] = Money.Millions(1_000m, Currency.JPY),
    };
}

/// <summary>The wire format of a claim as the front end posts it (read with <see cref="PortalJson.Read{T}"/>).</summary>
public class ClaimRequestDto
{
    public string ClaimantId { get; set; } = "";
    public ClaimantKind Kind { get; set; }
    public Money Requested { get; set; } = Money.Zero(Currency.CNY);
    public decimal RequestedAmount { get; set; } // expect: AIR0010
    public double BudgetMillions { get; set; } // expect: AIR0010
    public decimal YuanPerDollar { get; set; } // clean: a currency per currency is a rate (AIR0010's page)
    public decimal SubsidyPct { get; set; } // clean: a proportion of money (AIR0010's page)
    public string CurrencyCode { get; set; } = PortalLimits.HomeCode;
    public List<ClaimLineDto> Lines { get; set; } = [];
    public Money ProcessingFee => Money.Usd(35m);
}

public sealed class ClaimLineDto
{
    public string Item { get; set; } = "";
    public Money Cost { get; set; }
    public decimal FundingShare { get; set; } // clean: a money word with a proportion word is a proportion (AIR0010's page)
}

/// <summary>A batch the provincial portals upload overnight (read with DeserializeAsync).</summary>
public sealed record ClaimBatch(string Portal, IReadOnlyList<ClaimLineDto> Lines, Money DeclaredTotal);

/// <summary>Appeals: the city form is what the JSON endpoint reads; the fund form is built by the back office.</summary>
public abstract class AppealBase
{
    public string ClaimId { get; set; } = "";
    public Money Disputed { get; set; } = Money.Zero(Currency.CNY);
    protected decimal ReviewCost { get; set; } // expect: AIR0010
}

public sealed class CityAppeal : AppealBase
{
    public Money LocalMatch { get; init; }
}

public sealed class FundAppeal : AppealBase
{
    public Money FundMatch { get; init; }
}

/// <summary>A payout the treasury system sends back; always in yuan by contract.</summary>
public sealed class PayoutInstruction
{
    public string ClaimId { get; set; } = "";
    [Currency("CNY")] public Money Amount { get; set; }
    [Currency("RMB")] public Money Withheld { get; set; } // expect: AIR0003
}

/// <summary>The stored claim; handlers of several kinds write <see cref="Approved"/>.</summary>
public sealed class ClaimEntity
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public string ClaimantId { get; init; } = "";
    public ClaimantKind Kind { get; init; }
    public Money Approved { get; set; }
    public Money ApprovedYuan { get; set; }
    public DateTime FiledAt { get; set; }

    private Money _ceiling;
    public Money Ceiling { get => _ceiling; set => _ceiling = value; }
}

public sealed record VoucherTier(string Name, Money Ceiling);
public sealed record MatchTier(string Name, Money Ceiling);
public sealed record ClaimSummary(string ClaimantId, Money Requested, Money Approved);

public interface IHasCeiling
{
    Money Ceiling { get; }
}

public sealed class CityQuota : IHasCeiling
{
    public string City { get; init; } = "";
    public Money Ceiling { get; init; }
}

/// <summary>Fees an operator edits in the portal's settings page, bound from its key/value store.</summary>
public sealed class FeeSettings
{
    public Money ExpressFee { get; set; } = Money.Cny(800m);
    public Money ReviewFee { get; set; } = Money.Cny(300m);
}

/// <summary>The GPU-hour rate card, kept in the portal's own object cache.</summary>
public sealed class RateCard
{
    public string Provider { get; init; } = "";
    public Money GpuHour { get; init; }
}

public class ReviewPolicy
{
    public virtual Money AutoApproveLimit => Money.Cny(100_000m);
}

public sealed class FundReviewPolicy : ReviewPolicy
{
    public override Money AutoApproveLimit => Money.Usd(15_000m);
}

public interface IFeeSchedule
{
    Money Fee(ClaimantKind kind) => Money.Cny(500m);
    decimal RemainingBudget(); // clean: a method's return is not a field, property or parameter (AIR0010's page)
}

public interface IClaimStore
{
    Task<ClaimEntity?> FindAsync(Guid id, CancellationToken cancellationToken);
    Task SaveAsync(ClaimEntity claim, CancellationToken cancellationToken);
    Task<Money> ReservedAsync(string claimantId);
    void Archive(IReadOnlyList<Money> figures);
}

public delegate void PayoutHandler(string claimId, decimal amountCny); // expect: AIR0010

/// <summary>The portal's JSON options and one generic reader every endpoint uses.</summary>
public static class PortalJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static T? Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

    public static ValueTask<ClaimBatch?> ReadBatchAsync(System.IO.Stream body, CancellationToken cancellationToken) =>
        JsonSerializer.DeserializeAsync<ClaimBatch>(body, Options, cancellationToken);

    public static CityAppeal? ReadAppeal(string json) => (CityAppeal?)JsonSerializer.Deserialize(json, typeof(CityAppeal), Options);
}

/// <summary>The settings store: flat keys and texts, as the operators' page saves them.</summary>
public static class PortalConfig
{
    public static void Bind(IReadOnlyDictionary<string, string> values, FeeSettings target)
    {
        if (values.TryGetValue("fees:express", out var express))
            target.ExpressFee = Money.Of(decimal.Parse(express, CultureInfo.InvariantCulture), PortalLimits.HomeCode);
        if (values.TryGetValue("fees:review", out var review))
            target.ReviewFee = Money.Cny(decimal.Parse(review, CultureInfo.InvariantCulture));
    }

    public static Money CityFloor(IReadOnlyDictionary<string, string> values) =>
        Money.Of(decimal.Parse(values["city-floor"], CultureInfo.InvariantCulture), PortalLimits.HomeCode);

    public static Money MinimumClaim(IReadOnlyDictionary<string, string> values) =>
        Money.Of(decimal.Parse(values["min-claim"], CultureInfo.InvariantCulture), values["min-claim-currency"]);
}

/// <summary>Reused scratch objects for the review queue: each one is reset to the claim's currency.</summary>
public sealed class Worksheet
{
    public Money Running { get; private set; }
    public List<Money> Items { get; } = [];

    public void Reset(Currency currency)
    {
        Running = Money.Zero(currency);
        Items.Clear();
    }

    public void Add(Money line) => Running += line;
}

public sealed class WorksheetPool
{
    private readonly Stack<Worksheet> _free = new();

    public Worksheet Rent(Currency currency)
    {
        var sheet = _free.Count > 0 ? _free.Pop() : new Worksheet();
        sheet.Reset(currency);
        return sheet;
    }

    public void Return(Worksheet sheet) => _free.Push(sheet);
}
