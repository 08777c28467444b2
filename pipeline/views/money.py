"""Money as a reader writes it: « 20 Md€ », « 400 M$ », « 30–50 Md€ », « ≥ 2 Md€ »."""

from __future__ import annotations

from ..schema import Amount

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}
SCALES = ((1e9, " Md"), (1e6, " M"), (1e3, " k"))


def _scale(magnitude: float) -> tuple[float, str]:
    for size, unit in SCALES:
        if abs(magnitude) >= size:
            return size, unit
    return 1.0, ""


def _number(x: float) -> str:
    """French digits: decimal comma, space between thousands, at most two decimals."""
    text = f"{x:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",")


def _unit(unit: str, currency: str | None) -> str:
    if currency is None:
        return unit
    symbol = SYMBOLS.get(currency)
    if symbol:
        return f"{unit}{symbol}" if unit else f" {symbol}"
    return f"{unit} {currency}"


def format_money(value: float, currency: str | None) -> str:
    """One figure in the largest scale it reaches: 2e10 EUR -> « 20 Md€ »."""
    size, unit = _scale(value)
    return _number(value / size) + _unit(unit, currency)


def format_amount(amount: Amount | None) -> str:
    """An amount as a reader writes it; a range shares the scale of its upper bound and an
    open bound or an approximate value keeps its sign (≥, ≤, ≈), so nothing looks exact that
    the article did not state exactly."""
    if amount is None:
        return ""
    if amount.value is not None:
        sign = "≈ " if amount.approximate else ""
        return sign + format_money(amount.value, amount.currency)
    low, high = amount.min, amount.max
    if low is not None and high is not None:
        size, unit = _scale(high)
        return f"{_number(low / size)}–{_number(high / size)}{_unit(unit, amount.currency)}"
    if low is not None:
        return "≥ " + format_money(low, amount.currency)
    if high is not None:
        return "≤ " + format_money(high, amount.currency)
    return amount.text


def figure(amount: Amount) -> float | None:
    """The one number a total adds for an amount: its value, the middle of a range, or its
    only bound."""
    if amount.value is not None:
        return amount.value
    if amount.min is not None and amount.max is not None:
        return (amount.min + amount.max) / 2
    return amount.min if amount.min is not None else amount.max
