namespace Ledger.Privacy;

/// <summary>
/// A lawful erasure order carried out (PIPL Art. 47): the values and salts of <paramref name="Erased"/> were deleted from
/// beside their events in the transaction that recorded this event, so every erased field a later evidence package
/// shows is accounted for by an order, its issuer (the event's actor) and its legal basis. The events themselves, their
/// hashes and every proof over them are unchanged: they hold only the commitments.
/// </summary>
/// <param name="OrderReference">The order's document number, e.g. （2026）甘0102民初123号.</param>
/// <param name="LegalBasis">The provision the order rests on, e.g. 《个人信息保护法》第四十七条第一款第（四）项.</param>
/// <param name="Erased">What was erased, in event and path order; empty when nothing of the subject was still held.</param>
public sealed record PersonalDataErased(string OrderReference, string LegalBasis, ErasureSubject Subject, IReadOnlyList<ErasedValue> Erased);
