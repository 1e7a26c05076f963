// * /api/<anything else> – an unknown API route answers 404 in the API's error shape, not an HTML page
import { errorResponse } from "@/lib/api/errors";
import { NotFoundError } from "@/lib/domain/errors";

function unknownRoute(req: Request) {
  return errorResponse(new NotFoundError(`The API route ${new URL(req.url).pathname}`));
}

export {
  unknownRoute as GET,
  unknownRoute as POST,
  unknownRoute as PUT,
  unknownRoute as PATCH,
  unknownRoute as DELETE,
};
