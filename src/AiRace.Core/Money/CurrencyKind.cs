namespace AiRace.Core;

/// <summary>What an ISO 4217 code denotes.</summary>
public enum CurrencyKind
{
    /// <summary>The currency of one country (or of a country and its dependencies), such as CNY or USD.</summary>
    National = 0,

    /// <summary>A currency shared by several countries under one central bank, such as EUR, XAF or XCD.</summary>
    Supranational = 1,

    /// <summary>A fund code: an indexed or settlement unit that ISO lists beside a national currency (CLF, USN, ...).</summary>
    Fund = 2,

    /// <summary>A precious metal quoted by the troy ounce (XAU, XAG, XPD, XPT).</summary>
    PreciousMetal = 3,

    /// <summary>A unit of account of an international body (XDR, XUA, XSU, the European bond-market units).</summary>
    UnitOfAccount = 4,

    /// <summary>XTS, the code ISO reserves for testing.</summary>
    Testing = 5,

    /// <summary>XXX, the code ISO assigns to transactions where no currency is involved.</summary>
    NoCurrency = 6,
}
