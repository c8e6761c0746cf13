import { nameShardPaths, nameShardResponse } from '../../../../data/name-shards.ts';

export const getStaticPaths = () => nameShardPaths('en');
export const GET = nameShardResponse;
