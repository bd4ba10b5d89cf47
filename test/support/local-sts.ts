// A local STS for tests: a node:http server answering AssumeRole the way STS does (AWS Query protocol,
// form-encoded POST in, XML out), recording each call. Queued `failures` answer the next calls with errors.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalStsCall {
  readonly params: Record<string, string>;
  readonly authorization: string;
}

export interface LocalSts {
  readonly endpoint: string;
  readonly calls: LocalStsCall[];
  /** Answered, in order, instead of credentials. */
  readonly failures: { status: number; code: string; message: string }[];
  /** How many credentials were issued; the last one's key is `ASIATENANT<issued>`. */
  readonly issued: () => number;
  close(): Promise<void>;
}

export interface LocalStsOptions {
  /** The clock credentials expire by. @default Date.now */
  readonly now?: () => number;
  /** Answers this late, so callers arriving together overlap with a call in flight. @default 0 */
  readonly delayMs?: number;
}

export const LOCAL_STS_ACCOUNT = '123456789012';

const okXml = (params: Record<string, string>, serial: number, now: number) => {
  const expiration = new Date(now + Number(params.DurationSeconds ?? 3600) * 1000).toISOString();
  const session = params.RoleSessionName ?? '';
  const roleName = (params.RoleArn ?? '').split('/').pop() ?? '';
  return `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleResult>
    <AssumedRoleUser>
      <AssumedRoleId>AROA3XFRBF535PLBIFPI4:${session}</AssumedRoleId>
      <Arn>arn:aws-cn:sts::${LOCAL_STS_ACCOUNT}:assumed-role/${roleName}/${session}</Arn>
    </AssumedRoleUser>
    <Credentials>
      <AccessKeyId>ASIATENANT${serial}</AccessKeyId>
      <SecretAccessKey>secret-${serial}</SecretAccessKey>
      <SessionToken>token-${serial}</SessionToken>
      <Expiration>${expiration}</Expiration>
    </Credentials>
    <PackedPolicySize>9</PackedPolicySize>
  </AssumeRoleResult>
  <ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata>
</AssumeRoleResponse>`;
};

const errorXml = (code: string, message: string) =>
  `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error>
  <RequestId>${randomUUID()}</RequestId>
</ErrorResponse>`;

export const startLocalSts = ({ now = Date.now, delayMs = 0 }: LocalStsOptions = {}): Promise<LocalSts> => {
  const calls: LocalStsCall[] = [];
  const failures: LocalSts['failures'] = [];
  let serial = 0;
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => {
      const params = Object.fromEntries(new URLSearchParams(body));
      calls.push({ params, authorization: request.headers.authorization ?? '' });
      const failure = failures.shift();
      setTimeout(() => {
        response.writeHead(failure ? failure.status : params.Action === 'AssumeRole' ? 200 : 400, {
          'content-type': 'text/xml',
        });
        if (failure) response.end(errorXml(failure.code, failure.message));
        else if (params.Action === 'AssumeRole') response.end(okXml(params, ++serial, now()));
        else response.end(errorXml('InvalidAction', `unexpected ${params.Action}`));
      }, delayMs);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        calls,
        failures,
        issued: () => serial,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
};
