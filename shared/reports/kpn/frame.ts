// Why: every KPN report's model takes the same frame parts from its input (letterhead, generation stamp, signatures)
// and names its files the same way; one place for them.
import {
  reportFileName,
  signatureBlock,
  stampText,
  type GenerationStamp,
  type Letterhead,
  type SignatureBlock,
  type SignatureInput,
} from "../frame/text";

/** What a KPN report's input may carry for its frame. */
export type KpnFrameInput = {
  district: string;
  letterhead?: Letterhead;
  stamp?: GenerationStamp;
  signature?: SignatureInput;
};

/** The frame parts of a KPN report's model. */
export type KpnFrame = {
  letterhead: Letterhead;
  stamp: string;
  signature: SignatureBlock;
  fileNames: { docx: string; xlsx: string };
};

const EMPTY_LETTERHEAD: Letterhead = { organisation: "", officeLine: "", address: "", phone: "" };
const EMPTY_SIGNATURE: SignatureInput = { preparedBy: { name: "", jawatan: "" }, reviewedBy: { name: "" } };

export function kpnFrame(
  code: string,
  input: KpnFrameInput,
  period: { year: number; month: number },
): KpnFrame {
  return {
    letterhead: input.letterhead ?? EMPTY_LETTERHEAD,
    stamp: input.stamp ? stampText(input.stamp) : "",
    signature: signatureBlock(input.signature ?? EMPTY_SIGNATURE),
    fileNames: {
      docx: reportFileName(code, input.district, period, "docx"),
      xlsx: reportFileName(code, input.district, period, "xlsx"),
    },
  };
}
