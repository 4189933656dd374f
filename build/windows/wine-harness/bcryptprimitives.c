/* Wine harness only (never shipped): ProcessPrng, which Windows 10's bcryptprimitives.dll
 * exports and Wine 8 lacks. QtPdf's PDFium stops with int3 without it. See README.md. */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* RtlGenRandom takes a ULONG length; ask in chunks. Windows' ProcessPrng never fails. */
    while (length) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!RtlGenRandom(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
