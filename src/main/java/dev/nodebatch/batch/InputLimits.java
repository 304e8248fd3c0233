package dev.nodebatch.batch;

/**
 * The most an input document may contain before it is refused unread. Sized for real inputs with room to spare:
 * the largest real document is 1000 members of about 150 bytes, three levels deep, with field names of at most
 * 20 characters, numbers of at most 10 digits and names of at most 255 characters. The body size alone would let
 * a list hold half a million one-character items, each to be validated: lists are limited too.
 *
 * @param maxBytes the body (HTTP) or event (Lambda) size, in bytes
 * @param maxDepth objects and lists nested in one another, the document itself counting as 1
 * @param maxNumberLength characters of one number as written, sign, fraction and exponent included
 * @param maxNameLength characters of one field name
 * @param maxStringLength characters (UTF-16 code units) of one string value
 * @param maxItems elements of one list: the targets of one input, which each cost validation work
 */
public record InputLimits(long maxBytes, int maxDepth, int maxNumberLength, int maxNameLength, int maxStringLength,
        int maxItems) {

    /** 1 MiB, depth 32, numbers of 32 characters, names of 128, strings of 16,384, lists of 10,000 items. */
    public static final InputLimits STANDARD = new InputLimits(1024 * 1024, 32, 32, 128, 16_384, 10_000);
}
